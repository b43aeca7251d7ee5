package kg.kozomol.portal.opendata;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import kg.kozomol.platform.SupportedLocales;

/** Downloads and feeds are often fetched by programs without the language cookie, so they also take {@code ?lang=}. */
final class RequestedLanguage {

    private RequestedLanguage() {}

    static Locale of(String lang) {
        return SupportedLocales.parse(lang).orElseGet(LocaleContextHolder::getLocale);
    }
}
