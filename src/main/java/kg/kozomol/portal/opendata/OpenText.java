package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import kg.kozomol.portal.PublicText;

@Schema(description = "A published text in Russian and Kyrgyz; either may be null when it was not written in that language.")
record OpenText(@Schema(description = "Russian text") String ru, @Schema(description = "Kyrgyz text") String ky) {

    static OpenText of(PublicText text) {
        return text == null ? null : new OpenText(text.ru(), text.ky());
    }
}
