package kg.kozomol.analysis;

/** What a dataset column holds, as inferred from its cells: numbers everywhere (missing aside), or anything else. */
public enum ColumnType {
    NUMERIC,
    CATEGORICAL
}
