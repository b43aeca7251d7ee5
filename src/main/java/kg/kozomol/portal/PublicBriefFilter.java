package kg.kozomol.portal;

/** What the public list of briefs is narrowed to; withdrawn briefs are listed only when asked for. */
public record PublicBriefFilter(Long theme, Long organisation, Integer year, boolean withWithdrawn) {

    public static PublicBriefFilter none() {
        return new PublicBriefFilter(null, null, null, false);
    }
}
