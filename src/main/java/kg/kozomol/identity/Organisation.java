package kg.kozomol.identity;

import java.util.Locale;
import java.util.UUID;

/** An organisation as stored. Names may exist in Russian, Kyrgyz and English; Russian is always present. */
public record Organisation(long id, OrganisationKind kind, String nameRu, String nameKy, String nameEn, String shortName,
        String email, String website, Long parentId, UUID logoFileId, boolean active, boolean demo, int version) {

    public String name(Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, nameRu, nameKy, nameEn);
    }
}
