package kg.kozomol.portal;

/** The brief a recommendation comes from, as far as a list needs it. */
public record PublicBriefRef(long id, PublicText title, boolean withdrawn) {

    public String path() {
        return PortalPaths.brief(id, title);
    }
}
