package kg.kozomol.collect.export;

import java.io.IOException;
import java.util.List;

/**
 * Where the rows of one export table go: the header first, then batches of rows, each prepared on a worker thread
 * (several at once) and written in order on the exporting thread.
 */
interface TableWriter<P> {

    void header(List<String> header) throws IOException;

    /** Turns a batch of rows into what {@link #write} takes; must not touch anything another batch does. */
    P prepare(List<String[]> rows);

    void write(P prepared) throws IOException;
}
