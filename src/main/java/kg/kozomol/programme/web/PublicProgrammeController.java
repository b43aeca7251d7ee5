package kg.kozomol.programme.web;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.web.PageMeta;
import kg.kozomol.programme.PublicProgrammes;

/** The public pages of programmes: the list, and one programme with its framework and published evaluations. */
@Controller
class PublicProgrammeController {

    static final String LIST = "/p/programmes";

    private final PublicProgrammes programmes;
    private final MessageSource messages;
    private final String baseUrl;

    PublicProgrammeController(PublicProgrammes programmes, MessageSource messages, @Value("${kozomol.base-url}") String baseUrl) {
        this.programmes = programmes;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(LIST)
    String list(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("programmes", programmes.list());
        model.addAttribute("locale", locale);
        model.addAttribute("pageMeta", new PageMeta(messages.getMessage("programme.public.heading", null, locale),
                messages.getMessage("programme.public.lead", null, locale), baseUrl + LIST, "website", true));
        return "programme/public-list";
    }

    @GetMapping(LIST + "/{key}")
    String show(@PathVariable("key") String key, Model model) {
        Long id = Numbers.id(key);
        PublicProgrammes.Summary programme = (id == null ? java.util.Optional.<PublicProgrammes.Summary>empty() : programmes.find(id))
                .orElseThrow(() -> new NotFoundException("public programme " + key));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("programme", programme);
        model.addAttribute("framework", programmes.framework(programme.id()));
        model.addAttribute("evaluations", programmes.evaluations(programme.id()));
        model.addAttribute("locale", locale);
        model.addAttribute("pageMeta", new PageMeta(programme.title(locale), messages.getMessage("programme.public.lead", null, locale),
                baseUrl + programme.path(), "article", true));
        return "programme/public-programme";
    }
}
