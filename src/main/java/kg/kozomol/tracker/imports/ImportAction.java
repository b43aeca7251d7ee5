package kg.kozomol.tracker.imports;

/** What importing a row does. */
public enum ImportAction { NEW, UPDATE, UNCHANGED }
