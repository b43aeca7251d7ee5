package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import kg.kozomol.portal.PublicText;

@Schema(description = "A published text in Russian and Kyrgyz; either may be null when it was not written in that language.")
record OpenText(@Schema(description = "Russian text") String ru, @Schema(description = "Kyrgyz text") String ky) {

    /** The text in the reader's language, the other one when it is missing. */
    String in(java.util.Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, ru, ky);
    }

    static OpenText of(PublicText text) {
        return text == null ? null : new OpenText(text.ru(), text.ky());
    }
}
