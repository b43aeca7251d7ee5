package kg.kozomol.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextHelpersTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale KY = Locale.forLanguageTag("ky");
    private static final Locale EN = Locale.forLanguageTag("en");

    @Test
    void aSearchPatternMatchesWhatWasTypedLiterally() {
        assertThat(SqlText.containsPattern("  50%_off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(SqlText.containsPattern("")).isNull();
        assertThat(SqlText.containsPattern(null)).isNull();
    }

    @Test
    void russianAndKyrgyzFallBackToTheOtherLanguage() {
        assertThat(Languages.pick(KY, "Алименты", "Алимент")).isEqualTo("Алимент");
        assertThat(Languages.pick(KY, "Алименты", " ")).isEqualTo("Алименты");
        assertThat(Languages.pick(RU, "", "Алимент")).isEqualTo("Алимент");
        assertThat(Languages.pick(EN, "Алименты", "Алимент")).isEqualTo("Алименты");
        assertThat(Languages.pick(null, null, null)).isEmpty();
    }

    @Test
    void threeLanguageNamesFallBackToRussian() {
        assertThat(Languages.pick(EN, "Минюст", "Юстиция", "Ministry of Justice")).isEqualTo("Ministry of Justice");
        assertThat(Languages.pick(KY, "Минюст", null, "Ministry of Justice")).isEqualTo("Минюст");
        assertThat(Languages.pick(null, "Минюст", "Юстиция", "Ministry")).isEqualTo("Минюст");
    }
}
