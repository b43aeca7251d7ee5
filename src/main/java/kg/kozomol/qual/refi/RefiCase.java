package kg.kozomol.qual.refi;

import java.util.List;

/** A case (a participant), its variable values and the sources that belong to it. */
public record RefiCase(String guid, String name, String description, List<RefiVariableValue> values,
        List<String> sourceGuids) {

    public RefiCase {
        values = List.copyOf(values);
        sourceGuids = List.copyOf(sourceGuids);
    }
}
