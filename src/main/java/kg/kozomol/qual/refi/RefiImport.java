package kg.kozomol.qual.refi;

import java.util.List;

/** What an import read, and what it could not keep (one line each, in English, for the log and the page). */
public record RefiImport(RefiProject project, List<String> warnings) {

    public RefiImport {
        warnings = List.copyOf(warnings);
    }
}
