package kg.kozomol.programme.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.web.Option;
import kg.kozomol.programme.DesignReviews;
import kg.kozomol.programme.EvaluationAccess;
import kg.kozomol.programme.IndicatorValues;
import kg.kozomol.programme.MonitoringRounds;
import kg.kozomol.programme.Programme;
import kg.kozomol.programme.ProgrammeAccess;
import kg.kozomol.programme.Programmes;
import kg.kozomol.programme.ResultsFramework;

/** A programme's page: its register entry, status moves and the results framework with indicators and values. */
@Controller
class ProgrammeViewController {

    private final Programmes programmes;
    private final ResultsFramework framework;
    private final IndicatorValues values;
    private final ProgrammeAccess access;
    private final ProgrammeChoices choices;
    private final DesignReviews reviews;
    private final EvaluationAccess evaluationAccess;
    private final MonitoringRounds rounds;

    ProgrammeViewController(Programmes programmes, ResultsFramework framework, IndicatorValues values, ProgrammeAccess access,
            ProgrammeChoices choices, DesignReviews reviews, EvaluationAccess evaluationAccess, MonitoringRounds rounds) {
        this.evaluationAccess = evaluationAccess;
        this.rounds = rounds;
        this.reviews = reviews;
        this.programmes = programmes;
        this.framework = framework;
        this.values = values;
        this.access = access;
        this.choices = choices;
    }

    @GetMapping("/programmes/{id}")
    String view(@PathVariable("id") long id, Model model) {
        Programme programme = programmes.require(id);
        model.addAttribute("programme", programme);
        model.addAttribute("owner", choices.bodyName(programme.ownerBodyId()));
        model.addAttribute("nodes", framework.tree(id));
        model.addAttribute("indicators", framework.indicators(id));
        model.addAttribute("values", values.of(id));
        boolean canEdit = access.canEdit(programme, CurrentUser.required());
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canReview", canEdit || reviews.onPanel(id, CurrentUser.required()));
        KozomolPrincipal user = CurrentUser.required();
        model.addAttribute("evaluations", evaluationAccess.listed(id, user).stream().map(e -> new Option(
                evaluationAccess.canRead(e, user) ? "/evaluations/" + e.id() : "/evaluations/" + e.id() + "/declaration", e.title()))
                .toList());
        model.addAttribute("canCommission", access.canCreate(user));
        model.addAttribute("rounds", rounds.ofProgramme(id));
        model.addAttribute("canMonitor", RoundController.canMonitor(user));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "programme/view";
    }
}
