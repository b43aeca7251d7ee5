package kg.kozomol.brief.export;

import java.util.Locale;
import java.util.Optional;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.platform.Languages;
import kg.kozomol.platform.SupportedLocales;

/** The language a brief is exported in: its Russian or its Kyrgyz text. */
public enum ExportLanguage {
    RU(SupportedLocales.RUSSIAN),
    KY(SupportedLocales.KYRGYZ);

    private final Locale locale;

    ExportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** {@code ru} or {@code ky}; anything else is not an export language. */
    public static Optional<ExportLanguage> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (ExportLanguage language : values()) {
            if (language.code().equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The reader's interface language when it is one of ours, else Russian. */
    public static ExportLanguage of(Locale locale) {
        return locale != null && "ky".equals(locale.getLanguage()) ? KY : RU;
    }

    /** The text in this language, or in the other one (marked as such) when this one is missing. */
    public ExportedBrief.Text pick(String ru, String ky) {
        String text = Languages.pick(locale, ru, ky);
        if (text.isEmpty()) {
            return ExportedBrief.Text.NONE;
        }
        boolean own = Languages.present(this == RU ? ru : ky);
        return new ExportedBrief.Text(text, own ? code() : other().code(), !own);
    }

    public ExportedBrief.Text pick(Bilingual text) {
        return pick(text.ru(), text.ky());
    }

    private ExportLanguage other() {
        return this == RU ? KY : RU;
    }
}
