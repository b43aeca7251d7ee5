package kg.kozomol.portal.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.portal.PublicFilter;

/**
 * The query of an API list, read strictly: unlike the pages, which ignore what they cannot read, a program asking for
 * something malformed is told so (400). Sizes above {@link PageRequest#MAX_SIZE} are capped, not refused.
 */
record ApiQuery(PublicFilter.Parsed filter, PageRequest page, Map<String, String> parameters) {

    static final int DEFAULT_SIZE = 25;

    static ApiQuery of(Map<String, String> parameters) {
        List<String> malformed = new ArrayList<>();
        PublicFilter.Parsed parsed = PublicFilter.parse(parameters::get);
        malformed.addAll(parsed.ignored());
        int page = number(parameters.get("page"), 1, "page", malformed);
        int size = number(parameters.get("size"), DEFAULT_SIZE, "size", malformed);
        if (!malformed.isEmpty()) {
            throw new ApiBadRequest(malformed);
        }
        return new ApiQuery(parsed, new PageRequest(page, Math.min(size, PageRequest.MAX_SIZE)), parameters);
    }

    private static int number(String text, int fallback, String name, List<String> malformed) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (!text.trim().matches("\\d{1,6}") || Integer.parseInt(text.trim()) < 1) {
            malformed.add(name);
            return fallback;
        }
        return Integer.parseInt(text.trim());
    }

    /** The page as the API answers it, with links that keep every other parameter. */
    <T> ApiPage<T> answer(PageOf<T> found, String absolutePath) {
        return new ApiPage<>(found.items(), found.page(), found.size(), found.total(), new ApiPage.Links(
                link(absolutePath, found.page()), found.hasNext() ? link(absolutePath, found.page() + 1) : null,
                found.hasPrevious() ? link(absolutePath, found.page() - 1) : null), OpenLicence.NAME);
    }

    private String link(String absolutePath, int number) {
        Map<String, String> query = new LinkedHashMap<>(parameters);
        query.put("page", Integer.toString(number));
        query.put("size", Integer.toString(page.size()));
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(absolutePath);
        query.forEach((name, value) -> builder.queryParam(name, value));
        return builder.encode().build().toUriString();
    }
}
