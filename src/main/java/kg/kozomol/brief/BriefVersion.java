package kg.kozomol.brief;

import java.time.Instant;
import java.util.Map;

/** The published content of one version: plain text per section key (e.g. {@code summary.ru}). */
public record BriefVersion(long briefId, int number, Map<String, String> content, Instant publishedAt) {}
