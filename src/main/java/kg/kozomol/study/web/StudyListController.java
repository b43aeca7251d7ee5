package kg.kozomol.study.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.study.Studies;
import kg.kozomol.study.StudyFilter;
import kg.kozomol.study.StudyStatus;

/** The studies a user may see, filtered by status, theme and organisation. */
@Controller
class StudyListController {

    private final Studies studies;
    private final StudyChoices choices;

    StudyListController(Studies studies, StudyChoices choices) {
        this.studies = studies;
        this.choices = choices;
    }

    @GetMapping("/studies")
    String list(@RequestParam(name = "status", required = false) StudyStatus status,
            @RequestParam(name = "theme", required = false) Long theme,
            @RequestParam(name = "organisation", required = false) Long organisation,
            @RequestParam(name = "page", required = false) Integer page, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        model.addAttribute("studies", studies.search(new StudyFilter(status, theme, organisation), user, PageRequest.of(page, 25)));
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("theme", theme == null ? "" : theme.toString());
        model.addAttribute("organisation", organisation == null ? "" : organisation.toString());
        model.addAttribute("statuses", choices.statuses());
        model.addAttribute("themes", choices.themes());
        model.addAttribute("organisations", choices.studyOrganisations());
        model.addAttribute("themeNames", choices.themeNames());
        model.addAttribute("organisationNames", choices.organisationNames());
        model.addAttribute("canCreate", !studies.organisationsFor(user).isEmpty());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "study/list";
    }
}
