package kg.kozomol.qual.refi;

import java.util.List;

/** A case (a participant) and the sources that belong to it. */
public record RefiCase(String guid, String name, String description, List<String> sourceGuids) {

    public RefiCase {
        sourceGuids = List.copyOf(sourceGuids);
    }
}
