package kg.kozomol.catalog;

import java.util.Locale;

/** A thematic area of monitoring, e.g. alimony or school accessibility; named in three languages. */
public record Theme(long id, String code, String nameRu, String nameKy, String nameEn, boolean active, boolean demo, int version) {

    public String name(Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, nameRu, nameKy, nameEn);
    }
}
