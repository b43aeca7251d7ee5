package kg.kozomol.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.kozomol.portal.PortalPaths;

/**
 * The open data links of a public list or record: its downloads (with the same filters as the page) and, where there
 * is one, its Atom feed, which the layout also announces in the page head.
 */
public record OpenDataLinks(List<Download> downloads, Feed feed) {

    private static final List<String> FORMATS = List.of("csv", "xlsx", "json");

    public record Download(String format, String href) {}

    public record Feed(String href, String title) {}

    static OpenDataLinks of(String dataset, Map<String, String> filter, Feed feed) {
        return new OpenDataLinks(FORMATS.stream().map(format -> new Download(format.toUpperCase(Locale.ROOT),
                PortalMeta.link(PortalPaths.DATA + "/" + dataset + "." + format, filter))).toList(), feed);
    }

    /** The timeline of one recommendation, by the last part of its address. */
    static OpenDataLinks timeline(String recommendationPath) {
        String key = recommendationPath.substring(recommendationPath.lastIndexOf('/') + 1);
        return of("recommendations/" + key + "/timeline", Map.of(), null);
    }

    static Feed feed(String href, String title) {
        return new Feed(href, title);
    }
}
