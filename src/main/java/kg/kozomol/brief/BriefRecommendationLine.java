package kg.kozomol.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One recommendation as a brief shows it: reference, text, whether it has been released, and to whom it is
 * addressed (body names already in the language asked for).
 *
 * @param briefVersion the published version of the brief the recommendation was written against
 * @param responseDue when the lead body's answer is due; {@code null} until released
 */
public record BriefRecommendationLine(long id, String reference, String textRu, String textKy, boolean released,
        long addressees, long answered, int briefVersion, String leadBody, List<String> supportingBodies,
        LocalDate responseDue) {

    public String text(Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, textRu, textKy);
    }
}
