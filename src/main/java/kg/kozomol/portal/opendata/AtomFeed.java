package kg.kozomol.portal.opendata;

import java.time.Instant;
import java.util.List;

/**
 * An Atom feed (RFC 4287) before it is written: ids are tag: URIs (RFC 4151), links absolute.
 *
 * @param updated the newest entry's time, or the time the feed was made when it has none
 */
record AtomFeed(String id, String title, String language, String self, String alternate, Instant updated, List<Entry> entries) {

    record Entry(String id, String title, String link, Instant updated, String author, String summary) {}
}
