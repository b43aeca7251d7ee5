package kg.kozomol.collect.export;

import java.util.List;

/** The texts, in the reader's language, of the README sheet written when a table continues on further sheets. */
public interface XlsxReadme {

    String title();

    String continued(String table, String firstSheet, List<String> sheets);
}
