package kg.kozomol.brief;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/** The only HTML a brief may hold: headings, paragraphs, emphasis, lists, safe links and tables. */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h2", "h3", "h4", "p", "br", "strong", "em", "ul", "ol", "li", "a",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .allowAttributes("scope").matching(false, "col", "row").onElements("th")
            .toFactory();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private RichText() {}

    /** Safe HTML, or {@code null} for nothing but whitespace. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String safe = POLICY.sanitize(html).trim();
        return plain(safe).isEmpty() && !safe.contains("<table") ? null : safe;
    }

    /** The words of sanitised HTML without its markup, for comparing versions. */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(html.replaceAll("(?i)</(p|h[2-4]|li|tr)>|<br\\s*/?>", "$0\n")).replaceAll(" ");
        return HtmlUtils.htmlUnescape(text).lines().map(l -> SPACE.matcher(l).replaceAll(" ").trim())
                .filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
