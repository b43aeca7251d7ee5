package kg.kozomol.portal.opendata;

/** Where open data lives: downloads and the data dictionary under /p/data, feeds under /p/feeds, the API under /api/v1. */
final class OpenDataPaths {

    static final String DATA = "/p/data";
    static final String FEEDS = "/p/feeds";
    static final String API = "/api/v1";

    private OpenDataPaths() {}
}
