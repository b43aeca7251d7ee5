package kg.kozomol.portal.opendata;

import java.io.IOException;

/** Writes a dataset's items one by one to a download, so that nothing holds the whole list. */
interface TableWriter<T> {

    void row(T item) throws IOException;

    /** Ends the document and flushes it; the response stream itself stays open. */
    void finish() throws IOException;
}
