package kg.kozomol.qual.refi;

import java.util.List;

/** A code of the codebook; {@code color} is "#RRGGBB" or null, {@code description} may be null. */
public record RefiCode(String guid, String name, String color, String description, List<RefiCode> children) {

    public RefiCode {
        children = List.copyOf(children);
    }
}
