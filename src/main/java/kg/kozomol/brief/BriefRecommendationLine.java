package kg.kozomol.brief;

import java.util.Locale;

/** One recommendation as the brief page lists it: reference, text, and whether it has been released. */
public record BriefRecommendationLine(long id, String reference, String textRu, String textKy, boolean released,
        long addressees, long answered) {

    public String text(Locale locale) {
        boolean kyrgyz = locale != null && "ky".equals(locale.getLanguage());
        String preferred = kyrgyz ? textKy : textRu;
        return preferred == null || preferred.isBlank() ? (kyrgyz ? textRu : textKy) : preferred;
    }
}
