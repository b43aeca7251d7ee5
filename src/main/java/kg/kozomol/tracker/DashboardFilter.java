package kg.kozomol.tracker;

import java.util.Set;

/**
 * What the coordinator dashboard counts: recommendations of one issuing organisation, theme and year (of
 * release, or of writing for drafts), each optional. {@code scope} limits it to some organisations (a
 * researcher sees their own); null means all.
 */
public record DashboardFilter(Long organisationId, Long themeId, Integer year, Set<Long> scope) {}
