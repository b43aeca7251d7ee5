package kg.kozomol.collect.export;

import java.io.IOException;
import java.util.List;

/** Where the rows of one export table go, one at a time; the header comes first. */
interface TableWriter {

    void header(List<String> header) throws IOException;

    void row(String[] cells) throws IOException;
}
