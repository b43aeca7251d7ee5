package kg.kozomol.qual.refi;

/** The value of one variable for a case, as text. */
public record RefiVariableValue(String variableGuid, String text) {
}
