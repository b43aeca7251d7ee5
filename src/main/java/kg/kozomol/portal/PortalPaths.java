package kg.kozomol.portal;

/**
 * The canonical public address of each published thing: {@code /p/<kind>/<id>-<slug>}. The slug comes from the
 * Russian text (Kyrgyz when there is none), so an address does not change with the reader's language; an
 * address with a missing or outdated slug is redirected to this one.
 */
public final class PortalPaths {

    public static final String BRIEFS = "/p/briefs";
    public static final String RECOMMENDATIONS = "/p/recommendations";
    public static final String BODIES = "/p/bodies";
    public static final String THEMES = "/p/themes";
    public static final String SEARCH = "/p/search";
    public static final String DATA = "/p/data";
    public static final String FEEDS = "/p/feeds";
    public static final String BRIEFS_FEED = FEEDS + "/briefs.atom";
    public static final String UPTAKE = "/p/uptake";

    /** How many words of a recommendation's text go into its slug. */
    private static final int RECOMMENDATION_WORDS = 7;

    private PortalPaths() {}

    public static String brief(long id, PublicText title) {
        return BRIEFS + "/" + Slugs.key(id, title.canonical());
    }

    /** The press kit of a brief, under the brief's own address. */
    public static String pressKit(String briefPath) {
        return briefPath + "/press-kit";
    }

    public static String recommendation(long id, String reference, PublicText text) {
        String words = String.join(" ", java.util.Arrays.stream(String.valueOf(text.canonical()).split("\\s+"))
                .limit(RECOMMENDATION_WORDS).toList());
        return RECOMMENDATIONS + "/" + Slugs.key(id, reference + " " + words);
    }

    public static String body(long id, PublicName name) {
        return BODIES + "/" + Slugs.key(id, name.ru());
    }

    /** The Atom feed of a body's or a theme's page: {@code /p/feeds/bodies/<id>-<slug>.atom}. */
    public static String feedOf(String path) {
        return FEEDS + path.substring("/p".length()) + ".atom";
    }

    /** A download of a public list with the filters of its page, e.g. {@code /p/data/recommendations.csv?theme=2}. */
    public static String download(String dataset, String format, String query) {
        return DATA + "/" + dataset + "." + format + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    public static String theme(long id, PublicName name) {
        return THEMES + "/" + Slugs.key(id, name.ru());
    }
}
