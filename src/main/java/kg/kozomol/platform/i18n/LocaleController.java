package kg.kozomol.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.LocaleChanged;
import kg.kozomol.platform.SupportedLocales;
import kg.kozomol.platform.web.SafeRedirects;

/** The language switcher: a plain form post, so it works without JavaScript. */
@Controller
class LocaleController {

    private final LocaleResolver localeResolver;
    private final ApplicationEventPublisher events;

    LocaleController(LocaleResolver localeResolver, ApplicationEventPublisher events) {
        this.localeResolver = localeResolver;
        this.events = events;
    }

    @PostMapping("/locale")
    String switchLanguage(@RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "return", required = false) String returnTo,
            HttpServletRequest request, HttpServletResponse response) {
        SupportedLocales.parse(lang).ifPresent(locale -> {
            localeResolver.setLocale(request, response, locale);
            CurrentUser.get().ifPresent(user -> events.publishEvent(new LocaleChanged(user.id(), locale.getLanguage())));
        });
        return "redirect:" + SafeRedirects.localPath(returnTo);
    }
}
