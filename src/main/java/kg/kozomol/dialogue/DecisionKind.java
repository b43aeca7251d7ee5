package kg.kozomol.dialogue;

/** A decision either gives an addressed body a new response deadline on the tracker, or records an agreed action. */
public enum DecisionKind { RESPONSE_DEADLINE, ACTION }
