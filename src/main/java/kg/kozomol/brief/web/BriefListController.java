package kg.kozomol.brief.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.brief.BriefFilter;
import kg.kozomol.brief.BriefStatus;
import kg.kozomol.brief.Briefs;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.PageRequest;

/** The list of briefs a user may see, filtered by status, theme and organisation. */
@Controller
class BriefListController {

    private final Briefs briefs;
    private final BriefChoices choices;

    BriefListController(Briefs briefs, BriefChoices choices) {
        this.briefs = briefs;
        this.choices = choices;
    }

    @GetMapping("/briefs")
    String list(@RequestParam(name = "status", required = false) BriefStatus status,
            @RequestParam(name = "theme", required = false) Long theme,
            @RequestParam(name = "organisation", required = false) Long organisation,
            @RequestParam(name = "page", required = false) Integer page, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        model.addAttribute("briefs", briefs.search(new BriefFilter(status, theme, organisation), user, PageRequest.of(page, 25)));
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("theme", theme == null ? "" : theme.toString());
        model.addAttribute("organisation", organisation == null ? "" : organisation.toString());
        model.addAttribute("statuses", choices.statuses());
        model.addAttribute("themes", choices.themes());
        model.addAttribute("organisations", choices.csos());
        model.addAttribute("themeNames", choices.themeNames());
        model.addAttribute("organisationNames", choices.organisationNames());
        model.addAttribute("canCreate", !briefs.organisationsFor(user).isEmpty());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "brief/list";
    }
}
