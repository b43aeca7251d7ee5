package kg.kozomol.tracker.imports;

import java.io.Serializable;

/** What an import did; kept as a flash attribute across the redirect, hence serialisable. */
public record ImportResult(long created, long updated, long unchanged) implements Serializable {}
