package kg.kozomol.portal;

/**
 * One row of the uptake dashboard: a body or a theme (with its name), a year ({@code key} "2026") or a quarter
 * ({@code key} "2026-3"; no name).
 */
public record UptakeGroup(String key, PublicName name, UptakeFigures figures) {}
