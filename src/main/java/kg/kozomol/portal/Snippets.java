package kg.kozomol.portal;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a headline found in the headline text (SQL portal_headline_text: folded, markup characters replaced by
 * look-alikes) back into the original text: each character was replaced by one, so the fragment lies at the same
 * place in both. Everything is escaped; only the highlight marks become markup.
 */
final class Snippets {

    static final char START = '\u0002';
    static final char STOP = '\u0003';
    static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=35, MinWords=15, ShortWord=3";

    private Snippets() {}

    /** The same as the SQL function portal_headline_text. */
    static String headlineText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case 'Ө' -> 'О';
                case 'Ү' -> 'У';
                case 'Ң' -> 'Н';
                case 'ө' -> 'о';
                case 'ү' -> 'у';
                case 'ң' -> 'н';
                case '<' -> '‹';
                case '>' -> '›';
                case '&' -> '＆';
                default -> c;
            });
        }
        return out.toString();
    }

    /** @param fragment ts_headline's output on the headline text; @param original the same stretch of the original text */
    static String html(String fragment, String original) {
        if (fragment == null) {
            return "";
        }
        String bare = fragment.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
        boolean aligned = original != null && headlineText(original).equals(bare);
        StringBuilder out = new StringBuilder(fragment.length() + 32);
        int at = 0;
        for (char c : fragment.toCharArray()) {
            if (c == START) {
                out.append("<mark>");
            } else if (c == STOP) {
                out.append("</mark>");
            } else {
                out.append(HtmlUtils.htmlEscape(String.valueOf(aligned ? original.charAt(at) : c), "UTF-8"));
                at++;
            }
        }
        return out.toString();
    }
}
