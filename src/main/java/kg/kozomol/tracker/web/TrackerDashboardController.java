package kg.kozomol.tracker.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.web.Option;
import kg.kozomol.tracker.DashboardFigures;
import kg.kozomol.tracker.DashboardFilter;
import kg.kozomol.tracker.Recommendations;
import kg.kozomol.tracker.TrackerDashboard;

/** Figures across CSOs, bodies and themes for coordinators; a researcher sees those of their own organisations. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'RESEARCHER')")
class TrackerDashboardController {

    private final TrackerDashboard dashboard;
    private final Recommendations recommendations;
    private final Names names;

    TrackerDashboardController(TrackerDashboard dashboard, Recommendations recommendations, Names names) {
        this.dashboard = dashboard;
        this.recommendations = recommendations;
        this.names = names;
    }

    @GetMapping("/tracker/dashboard")
    String dashboard(@RequestParam(name = "organisation", required = false) Long organisation,
            @RequestParam(name = "theme", required = false) Long theme,
            @RequestParam(name = "year", required = false) Integer year, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        boolean all = user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN);
        Set<Long> own = user.memberships().stream().filter(m -> m.role() == Role.RESEARCHER)
                .map(Membership::organisationId).collect(Collectors.toSet());
        DashboardFilter filter = new DashboardFilter(organisation, theme, year, all ? null : own);
        DashboardFigures figures = dashboard.figures(filter, recommendations.today());
        Set<Long> organisations = new HashSet<>();
        figures.byOrganisation().forEach(g -> organisations.add(g.id()));
        figures.bodies().forEach(b -> organisations.add(b.bodyId()));
        figures.responseOverdue().items().forEach(i -> organisations.add(i.bodyId()));
        figures.implementationOverdue().items().forEach(i -> organisations.add(i.bodyId()));
        model.addAttribute("figures", figures);
        model.addAttribute("filter", filter);
        model.addAttribute("names", names.organisations(organisations));
        model.addAttribute("themeNames", names.themeNames());
        model.addAttribute("organisations", all ? names.ofKind(OrganisationKind.CSO) : names.organisationsAmong(own, OrganisationKind.CSO));
        model.addAttribute("themes", names.themes());
        List<Option> years = dashboard.years().stream().map(y -> new Option(y.toString(), y.toString())).toList();
        model.addAttribute("years", years);
        return "tracker/dashboard";
    }
}
