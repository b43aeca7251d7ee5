package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "One page of a list. Follow links.next until it is null to read the whole list.")
record ApiPage<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Page number, from 1") int page,
        @Schema(description = "Items per page (at most 200)") int size,
        @Schema(description = "Items in the whole list") long total,
        @Schema(description = "Addresses of this page and its neighbours") Links links,
        @Schema(description = "Licence of the data", example = "CC BY 4.0") String license) {

    @Schema(description = "Absolute addresses of pages of the same list with the same filters; null where there is none.")
    record Links(@Schema(description = "This page") String self, @Schema(description = "The next page") String next,
            @Schema(description = "The previous page") String prev) {}
}
