package kg.kozomol.collect.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import kg.kozomol.collect.ImportedSubmission;

/**
 * Built submissions gathered until there are enough for one write, so a file of any length is stored a batch at a time
 * with memory for one batch; counts how many each write added and how many it skipped as already present.
 */
final class ImportBatch {

    private final int size;
    private final ToIntFunction<List<ImportedSubmission>> store;
    private final ImportReport.Tally tally;
    private final List<ImportedSubmission> pending;

    /** @param store writes a batch, answering how many of it were added */
    ImportBatch(int size, ToIntFunction<List<ImportedSubmission>> store, ImportReport.Tally tally) {
        this.size = size;
        this.store = store;
        this.tally = tally;
        this.pending = new ArrayList<>(size);
    }

    void add(ImportedSubmission submission) {
        pending.add(submission);
        if (pending.size() == size) {
            flush();
        }
    }

    /** Writes what is gathered; the last batch must be flushed by the caller. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        int added = store.applyAsInt(pending);
        tally.added += added;
        tally.present += pending.size() - added;
        pending.clear();
    }
}
