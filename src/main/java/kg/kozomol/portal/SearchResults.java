package kg.kozomol.portal;

import java.util.List;
import kg.kozomol.platform.PageOf;

/**
 * A page of search results with counts per type, theme and state body over all results. {@code alike} says that
 * nothing matched the words as typed and the results are for words spelled alike.
 */
public record SearchResults(SearchRequest request, PageOf<SearchHit> hits, List<FacetCount> types, List<FacetCount> themes,
        List<FacetCount> bodies, boolean alike) {}
