package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import kg.kozomol.portal.PublicName;

@Schema(description = "A name in Russian (always present), Kyrgyz and English.")
record OpenName(@Schema(description = "Russian name") String ru, @Schema(description = "Kyrgyz name") String ky,
        @Schema(description = "English name") String en) {

    /** The name in the reader's language, for tables. */
    String in(java.util.Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, ru, ky, en);
    }

    static OpenName of(PublicName name) {
        return name == null ? null : new OpenName(name.ru(), name.ky(), name.en());
    }
}
