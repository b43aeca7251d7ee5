package kg.kozomol.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.servlet.LocaleResolver;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.SupportedLocales;

/**
 * The language comes from the {@code lang} cookie, then the signed-in user's profile, then Russian.
 * Anything outside ru/ky/en is ignored rather than failing the request.
 */
public class KozomolLocaleResolver implements LocaleResolver {

    public static final String COOKIE = "kozomol_lang";
    private static final String ATTRIBUTE = KozomolLocaleResolver.class.getName() + ".locale";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(ATTRIBUTE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return fromCookie(request)
                .or(() -> CurrentUser.get().map(KozomolPrincipal::locale).flatMap(l -> SupportedLocales.parse(l.getLanguage())))
                .orElse(SupportedLocales.RUSSIAN);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = SupportedLocales.parse(locale == null ? null : locale.getLanguage()).orElse(SupportedLocales.RUSSIAN);
        request.setAttribute(ATTRIBUTE, supported);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static Optional<Locale> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> SupportedLocales.parse(c.getValue()));
    }
}
