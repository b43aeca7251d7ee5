package kg.kozomol.portal.web;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import kg.kozomol.platform.web.PageMeta;

/** Absolute canonical addresses and link-preview tags for public pages, from the configured public base URL. */
@Component
class PortalMeta {

    /** Link previews show about this much of a description. */
    private static final int DESCRIPTION = 200;

    private final String baseUrl;
    private final MessageSource messages;

    PortalMeta(@Value("${kozomol.base-url}") String baseUrl, MessageSource messages) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.messages = messages;
    }

    /** A text in the reader's language, for tags the layout writes outside the page's own template. */
    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    String absolute(String path) {
        return baseUrl + path;
    }

    PageMeta page(String title, String description, String path) {
        return new PageMeta(title, shorten(description), absolute(path), "website", true);
    }

    PageMeta article(String title, String description, String path) {
        return new PageMeta(title, shorten(description), absolute(path), "article", true);
    }

    /** Search results are for people, not for search engines. */
    PageMeta unlisted(String title, String path) {
        return new PageMeta(title, null, absolute(path), "website", false);
    }

    /** A path with query parameters, encoded; empty values are left out. */
    static String link(String path, Map<String, String> parameters) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                builder.queryParam(name, value);
            }
        });
        return builder.encode().build().toUriString();
    }

    /** A list's address for one of its pages; the first page is the list's own address. */
    static String pageLink(String base, int page) {
        return page <= 1 ? base : base + (base.contains("?") ? "&" : "?") + "page=" + page;
    }

    private static String shorten(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= DESCRIPTION) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', DESCRIPTION);
        return plain.substring(0, cut > 0 ? cut : DESCRIPTION) + "…";
    }
}
