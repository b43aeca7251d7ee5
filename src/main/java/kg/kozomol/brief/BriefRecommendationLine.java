package kg.kozomol.brief;

import java.util.Locale;

/** One recommendation as the brief page lists it: reference, text, and whether it has been released. */
public record BriefRecommendationLine(long id, String reference, String textRu, String textKy, boolean released,
        long addressees, long answered) {

    public String text(Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, textRu, textKy);
    }
}
