package kg.kozomol.qual.refi;

import java.util.List;

/** A text source (a transcript) with its plain text and coded selections. */
public record RefiSource(String guid, String name, String text, List<RefiSelection> selections) {

    public RefiSource {
        selections = List.copyOf(selections);
    }
}
