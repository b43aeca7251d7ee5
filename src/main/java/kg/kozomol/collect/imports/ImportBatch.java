package kg.kozomol.collect.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kg.kozomol.collect.ImportedSubmission;

/**
 * Gathers built submissions until there are enough for one write and hands each full batch on (a new list every
 * time: the receiver may keep it), so a file of any length is stored with memory for a batch or two.
 */
final class ImportBatch {

    private final int size;
    private final Consumer<List<ImportedSubmission>> full;
    private List<ImportedSubmission> pending;

    ImportBatch(int size, Consumer<List<ImportedSubmission>> full) {
        this.size = size;
        this.full = full;
        this.pending = new ArrayList<>(size);
    }

    void add(ImportedSubmission submission) {
        pending.add(submission);
        if (pending.size() == size) {
            flush();
        }
    }

    /** Hands on what is gathered; the last batch must be flushed by the caller. */
    void flush() {
        if (!pending.isEmpty()) {
            full.accept(pending);
            pending = new ArrayList<>(size);
        }
    }
}
