package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import kg.kozomol.portal.PublicOrganisation;
import kg.kozomol.portal.PublicTheme;

@Schema(description = "A reference to an organisation or a theme of monitoring.")
record OpenRef(@Schema(description = "Identifier") long id, @Schema(description = "Name in three languages") OpenName name,
        @Schema(description = "Absolute address of its public page") String url) {

    static OpenRef of(PublicOrganisation organisation, Addresses addresses) {
        return organisation == null ? null
                : new OpenRef(organisation.id(), OpenName.of(organisation.name()), addresses.absolute(organisation.path()));
    }

    static OpenRef of(PublicTheme theme, Addresses addresses) {
        return theme == null ? null : new OpenRef(theme.id(), OpenName.of(theme.name()), addresses.absolute(theme.path()));
    }

    /** The name in the reader's language, for tables. */
    String in(java.util.Locale locale) {
        return name.in(locale);
    }
}
