package kg.kozomol.tables;

import java.util.List;

/**
 * Receives a table file as it is read, so a file of any length passes through without being held: each sheet's header
 * row, then its rows (numbered as a spreadsheet shows them, blank ones left out). A CSV file is one sheet named "".
 */
public interface TableVisitor {

    /** A sheet begins; answer false to skip its rows. */
    boolean sheet(String name, List<String> header);

    void row(RawTable.Row row);
}
