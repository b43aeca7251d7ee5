package kg.kozomol.collect.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import kg.kozomol.collect.Forms;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.study.Studies;
import kg.kozomol.study.StudyAccess;
import kg.kozomol.study.StudyFilter;
import kg.kozomol.study.StudySummary;

/** The forms of every study the user can see, with a way into each study's forms and phones. */
@Controller
class CollectOverviewController {

    private final Studies studies;
    private final Forms forms;
    private final StudyAccess access;
    private final FillAccess fillAccess;

    CollectOverviewController(Studies studies, Forms forms, StudyAccess access, FillAccess fillAccess) {
        this.studies = studies;
        this.forms = forms;
        this.access = access;
        this.fillAccess = fillAccess;
    }

    @GetMapping("/collect")
    String overview(Model model) {
        KozomolPrincipal user = CurrentUser.required();
        List<StudySummary> visible = studies.search(new StudyFilter(null, null, null), user, PageRequest.of(1, PageRequest.MAX_SIZE))
                .items().stream().filter(s -> user.isMemberOf(s.organisationId())).toList();
        Map<Long, StudySummary> byId = visible.stream().collect(Collectors.toMap(StudySummary::id, Function.identity()));
        model.addAttribute("studies", visible);
        model.addAttribute("studyById", byId);
        model.addAttribute("forms", forms.ofStudies(visible.stream().map(StudySummary::id).toList()));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("fillable", visible.stream().map(StudySummary::id)
                .filter(id -> fillAccess.canFill(access.readable(id, user), user)).collect(Collectors.toSet()));
        return "collect/overview";
    }
}
