package kg.kozomol.portal;

/** A theme and how much has been published in it. */
public record PublicThemeSummary(PublicTheme theme, long briefs, long recommendations) {}
