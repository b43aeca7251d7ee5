package kg.kozomol.tracker;

import java.util.Locale;

public record SdgTarget(String code, int goal, String nameRu, String nameKy, String nameEn) {

    public String name(Locale locale) {
        String language = locale == null ? "ru" : locale.getLanguage();
        return switch (language) {
            case "ky" -> nameKy;
            case "en" -> nameEn;
            default -> nameRu;
        };
    }
}
