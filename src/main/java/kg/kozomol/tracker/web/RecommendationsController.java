package kg.kozomol.tracker.web;

import kg.kozomol.platform.web.Option;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.platform.web.SafeRedirects;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.Addressees;
import kg.kozomol.tracker.BriefLinks;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefAccess;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.tracker.Deadlines;
import kg.kozomol.tracker.EvaluationOrigins;
import kg.kozomol.tracker.FollowKind;
import kg.kozomol.tracker.Followers;
import kg.kozomol.tracker.ImplementationDeadline;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.Questions;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationFilter;
import kg.kozomol.tracker.RecommendationMeetings;
import kg.kozomol.tracker.RecommendationSource;
import kg.kozomol.tracker.RecommendationStatus;
import kg.kozomol.tracker.Recommendations;
import kg.kozomol.tracker.StatePosition;
import kg.kozomol.tracker.StateResponses;
import kg.kozomol.tracker.Timeline;
import kg.kozomol.tracker.TrackerAccess;
import kg.kozomol.tracker.TrackerRuleException;

@Controller
@PreAuthorize("isAuthenticated()")
class RecommendationsController {

    private final Recommendations recommendations;
    private final Addressees addressees;
    private final StateResponses responses;
    private final Timeline timeline;
    private final Questions questions;
    private final Followers followers;
    private final Deadlines deadlines;
    private final TrackerAccess access;
    private final Names names;
    private final BriefLinks briefLinks;
    private final BriefAccess briefAccess;
    private final ObjectProvider<RecommendationMeetings> meetings;
    private final ObjectProvider<EvaluationOrigins> origins;

    RecommendationsController(Recommendations recommendations, Addressees addressees, StateResponses responses,
            Timeline timeline, Questions questions, Followers followers, Deadlines deadlines, TrackerAccess access,
            Names names, BriefLinks briefLinks, BriefAccess briefAccess, ObjectProvider<RecommendationMeetings> meetings,
            ObjectProvider<EvaluationOrigins> origins) {
        this.origins = origins;
        this.briefLinks = briefLinks;
        this.briefAccess = briefAccess;
        this.recommendations = recommendations;
        this.addressees = addressees;
        this.responses = responses;
        this.timeline = timeline;
        this.questions = questions;
        this.followers = followers;
        this.deadlines = deadlines;
        this.access = access;
        this.names = names;
        this.meetings = meetings;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("briefId", "textRu", "textKy", "originalLanguage", "themeId",
                "actionType", "priority", "proposedImplementationDate", "responseDueDate", "leadAddresseeId",
                "supportingAddresseeIds", "sdgCodes", "findingIds", "version");
    }

    @GetMapping("/recommendations")
    String list(@RequestParam(name = "brief", required = false) Long brief,
            @RequestParam(name = "body", required = false) Long body,
            @RequestParam(name = "theme", required = false) Long theme,
            @RequestParam(name = "position", required = false) Position position,
            @RequestParam(name = "status", required = false) RecommendationStatus status,
            @RequestParam(name = "source", required = false) RecommendationSource source,
            @RequestParam(name = "page", required = false) Integer page, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        Set<Long> drafts = new HashSet<>(user.organisationIds());
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR)) {
            drafts = null;
        }
        RecommendationFilter filter = new RecommendationFilter(brief, body, theme, position, status, source);
        var found = recommendations.search(filter, drafts, PageRequest.of(page, 25));
        model.addAttribute("page", found);
        model.addAttribute("deadlines", deadlines.summaries(found.items().stream().map(r -> r.id()).toList(),
                recommendations.today()));
        model.addAttribute("filter", filter);
        model.addAttribute("followingBody", body != null && followers.isFollowing(user.id(), FollowKind.BODY, body));
        model.addAttribute("followingTheme", theme != null && followers.isFollowing(user.id(), FollowKind.THEME, theme));
        model.addAttribute("bodies", names.stateBodies());
        model.addAttribute("themes", names.themes());
        model.addAttribute("positions", Arrays.asList(Position.values()));
        model.addAttribute("statuses", Arrays.asList(RecommendationStatus.values()));
        model.addAttribute("sources", Arrays.asList(RecommendationSource.values()));
        model.addAttribute("baseUrl", baseUrl(filter));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("canCreate", user.hasRole(Role.RESEARCHER));
        model.addAttribute("canImport", user.hasRole(Role.RESEARCHER) || user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN));
        model.addAttribute("seesDashboard", user.hasRole(Role.RESEARCHER) || user.hasRole(Role.COORDINATOR)
                || user.hasRole(Role.ADMIN));
        return "tracker/list";
    }

    /** A recommendation is started from its brief; without one the researcher is sent to choose a brief. */
    @GetMapping("/recommendations/new")
    @PreAuthorize("hasRole('RESEARCHER')")
    String createForm(@RequestParam(name = "brief", required = false) Long brief, Model model,
            RedirectAttributes redirect) {
        if (brief == null) {
            redirect.addFlashAttribute("flash", "tracker.recommendation.startFromBrief");
            return "redirect:/briefs";
        }
        Brief source = ownBrief(brief);
        RecommendationForm form = new RecommendationForm();
        form.setBriefId(source.id());
        form.setOrganisationId(source.organisationId());
        form.setThemeId(source.themeId());
        form.setOriginalLanguage(source.originalLanguage());
        return form(model, form, null);
    }

    @PostMapping("/recommendations")
    @PreAuthorize("hasRole('RESEARCHER')")
    String create(@Valid @ModelAttribute("form") RecommendationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (form.getBriefId() == null) {
            redirect.addFlashAttribute("flash", "tracker.recommendation.startFromBrief");
            return "redirect:/briefs";
        }
        form.setOrganisationId(ownBrief(form.getBriefId()).organisationId());
        if (!errors.hasErrors()) {
            try {
                Recommendation created = recommendations.create(form.toDraft());
                redirect.addFlashAttribute("flash", "tracker.recommendation.saved");
                return "redirect:/recommendations/" + created.id();
            } catch (TrackerRuleException e) {
                FormSupport.reject(errors, e);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/recommendations/{id}/edit")
    @PreAuthorize("hasRole('RESEARCHER')")
    String edit(@PathVariable("id") long id, Model model, RedirectAttributes redirect) {
        Recommendation recommendation = recommendations.require(id);
        access.requireAuthor(CurrentUser.required(), recommendation);
        if (recommendation.fromEvaluation()) {
            redirect.addFlashAttribute("problem", "tracker.rule.fromEvaluation");
            return "redirect:/recommendations/" + id;
        }
        return form(model, RecommendationForm.of(recommendation, addressees.forRecommendation(id),
                briefLinks.findingIds(id)), recommendation);
    }

    @PostMapping("/recommendations/{id}")
    @PreAuthorize("hasRole('RESEARCHER')")
    String update(@PathVariable("id") long id, @Valid @ModelAttribute("form") RecommendationForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Recommendation recommendation = recommendations.require(id);
        access.requireAuthor(CurrentUser.required(), recommendation);
        if (recommendation.fromEvaluation()) {
            redirect.addFlashAttribute("problem", "tracker.rule.fromEvaluation");
            return "redirect:/recommendations/" + id;
        }
        form.setOrganisationId(recommendation.organisationId());
        form.setBriefId(recommendation.briefId());
        if (!errors.hasErrors()) {
            try {
                recommendations.update(id, form.getVersion(), form.toDraft());
                redirect.addFlashAttribute("flash", "tracker.recommendation.saved");
                return "redirect:/recommendations/" + id;
            } catch (TrackerRuleException e) {
                FormSupport.reject(errors, e);
            } catch (StaleRecordException e) {
                errors.reject("form.stale");
            }
        }
        return form(model, form, recommendation);
    }

    @PostMapping("/recommendations/{id}/release")
    @PreAuthorize("hasRole('RESEARCHER')")
    String release(@PathVariable("id") long id, @RequestParam(name = "version", defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        Recommendation recommendation = recommendations.require(id);
        access.requireAuthor(CurrentUser.required(), recommendation);
        try {
            recommendations.release(id, version);
            redirect.addFlashAttribute("flash", "tracker.recommendation.released");
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("problem", "form.stale");
        } catch (TrackerRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/recommendations/" + id;
    }

    @GetMapping("/recommendations/{id}")
    String show(@PathVariable("id") long id, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        Recommendation recommendation = access.visible(user, recommendations.require(id));
        List<Addressee> bodies = addressees.forRecommendation(id);
        Set<Long> orgIds = bodies.stream().map(Addressee::organisationId).collect(Collectors.toSet());
        orgIds.add(recommendation.organisationId());
        var thread = questions.thread(id);
        thread.forEach(q -> orgIds.add(q.authorOrgId()));
        bodies.forEach(a -> { if (a.redirectedFrom() != null) { orgIds.add(a.redirectedFrom()); } });
        var orgNames = names.organisations(orgIds);
        var today = recommendations.today();
        var implementation = deadlines.implementation(bodies.stream().map(Addressee::id).toList(), today);
        Set<Long> followedBodies = new HashSet<>(followers.following(user.id()).bodyIds());
        List<BodyView> views = bodies.stream().map(a -> {
            boolean speaks = access.speaksFor(user, a);
            StatePosition position = responses.released(a.id()).orElse(null);
            return new BodyView(a, orgNames.get(a.organisationId()), a.flag(today),
                    implementation.getOrDefault(a.id(), new ImplementationDeadline(recommendation.proposedImplementationDate(), null)),
                    position, speaks ? responses.draft(a.id()).orElse(null) : null,
                    responses.history(a.id()), timeline.entries(a.id()), timeline.ratings(a.id()), speaks,
                    followedBodies.contains(a.organisationId()), responses.late(position, a));
        }).toList();
        views.forEach(v -> v.history().forEach(p -> { if (p.redirectToId() != null) { orgIds.add(p.redirectToId()); } }));
        boolean author = access.isAuthor(user, recommendation);
        model.addAttribute("r", recommendation);
        model.addAttribute("brief", briefLinks.brief(recommendation.briefId()).filter(b -> briefAccess.canRead(b, user))
                .orElse(null));
        model.addAttribute("findings", briefLinks.findings(recommendation));
        EvaluationOrigins known = origins.getIfAvailable();
        model.addAttribute("origin", recommendation.evaluationId() == null || known == null ? null
                : known.of(recommendation.evaluationId(), LocaleContextHolder.getLocale()).orElse(null));
        model.addAttribute("bodies", views);
        model.addAttribute("names", names.organisations(orgIds));
        model.addAttribute("theme", names.theme(recommendation.themeId()));
        model.addAttribute("sdgs", recommendations.sdgTargets().stream().filter(t -> recommendation.sdgCodes().contains(t.code())).toList());
        model.addAttribute("questions", thread);
        model.addAttribute("author", author);
        model.addAttribute("canAsk", recommendation.released() && (author || views.stream().anyMatch(BodyView::speaksFor)));
        model.addAttribute("canReviseDeadline", recommendation.released()
                && (author || user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN)));
        model.addAttribute("following", followers.isFollowing(user.id(), id));
        RecommendationMeetings provider = meetings.getIfAvailable();
        model.addAttribute("meetings", provider == null ? List.of() : provider.forRecommendation(id, user));
        model.addAttribute("followingTheme", recommendation.themeId() != null
                && followers.isFollowing(user.id(), FollowKind.THEME, recommendation.themeId()));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("today", today);
        return "tracker/recommendation";
    }

    @PostMapping("/recommendations/{id}/follow")
    String follow(@PathVariable("id") long id, @RequestParam(name = "follow", defaultValue = "true") boolean follow,
            @RequestParam(name = "return", required = false) String back, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.visible(user, recommendations.require(id));
        if (follow) {
            followers.follow(user.id(), id);
        } else {
            followers.unfollow(user.id(), id);
        }
        redirect.addFlashAttribute("flash", follow ? "tracker.follow.on" : "tracker.follow.off");
        return "redirect:" + (back == null ? "/recommendations/" + id : SafeRedirects.localPath(back));
    }

    @PostMapping("/recommendations/{id}/questions")
    String ask(@PathVariable("id") long id, @RequestParam(name = "body", required = false) String body,
            RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        Recommendation recommendation = access.visible(user, recommendations.require(id));
        Long asOrganisation = null;
        if (access.isAuthor(user, recommendation)) {
            asOrganisation = recommendation.organisationId();
        } else {
            asOrganisation = addressees.forRecommendation(id).stream().filter(a -> access.speaksFor(user, a))
                    .map(Addressee::organisationId).findFirst().orElse(null);
        }
        if (asOrganisation == null || !recommendation.released()) {
            throw new org.springframework.security.access.AccessDeniedException("not a party to the recommendation");
        }
        try {
            questions.post(recommendation, asOrganisation, body);
            redirect.addFlashAttribute("flash", "tracker.question.posted");
        } catch (TrackerRuleException e) {
            redirect.addFlashAttribute("problem", "tracker.question.empty");
        }
        return "redirect:/recommendations/" + id + "#questions";
    }

    private String form(Model model, RecommendationForm form, Recommendation recommendation) {
        model.addAttribute("form", form);
        model.addAttribute("r", recommendation);
        Brief brief = briefLinks.brief(form.getBriefId()).orElseThrow(() -> new NotFoundException("brief"));
        model.addAttribute("brief", brief);
        model.addAttribute("findings", briefLinks.findingsOfBrief(brief.id()));
        model.addAttribute("bodies", names.stateBodies());
        model.addAttribute("themes", names.themes());
        model.addAttribute("actionTypes", Arrays.asList(ActionType.values()));
        model.addAttribute("priorities", Arrays.asList(Priority.values()));
        model.addAttribute("sdgs", recommendations.sdgTargets());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "tracker/recommendation-form";
    }

    /** The brief a researcher writes a recommendation for: one of their own organisation's. */
    private Brief ownBrief(long briefId) {
        Brief brief = briefLinks.brief(briefId).orElseThrow(() -> new NotFoundException("brief " + briefId));
        if (!CurrentUser.required().memberships().contains(new Membership(brief.organisationId(), Role.RESEARCHER))) {
            throw new NotFoundException("brief " + briefId);
        }
        return brief;
    }

    private static String baseUrl(RecommendationFilter f) {
        StringBuilder url = new StringBuilder("/recommendations?");
        if (f.briefId() != null) { url.append("brief=").append(f.briefId()).append('&'); }
        if (f.bodyId() != null) { url.append("body=").append(f.bodyId()).append('&'); }
        if (f.themeId() != null) { url.append("theme=").append(f.themeId()).append('&'); }
        if (f.position() != null) { url.append("position=").append(f.position()).append('&'); }
        if (f.status() != null) { url.append("status=").append(f.status()).append('&'); }
        if (f.source() != null) { url.append("source=").append(f.source()).append('&'); }
        return url.substring(0, url.length() - 1);
    }
}
