package kg.kozomol.qual.refi;

import java.util.List;

/** A selection of a text source, [start, end) in Java char offsets, with its codings. */
public record RefiSelection(String guid, String name, int start, int end, String userGuid,
        List<RefiCoding> codings) {

    public RefiSelection {
        codings = List.copyOf(codings);
    }
}
