package kg.kozomol.brief.web;

import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefAccess;
import kg.kozomol.brief.BriefAnnexes;
import kg.kozomol.brief.BriefVersion;
import kg.kozomol.brief.BriefVersions;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.EvidenceItems;
import kg.kozomol.brief.Findings;
import kg.kozomol.brief.ReviewComments;
import kg.kozomol.brief.VersionDiff;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;

/** Reading a brief, one of its published versions, or the difference between two versions. */
@Controller
class BriefViewController {

    private final BriefAccess access;
    private final Briefs briefs;
    private final Findings findings;
    private final EvidenceItems evidence;
    private final ReviewComments comments;
    private final BriefVersions versions;
    private final BriefAnnexes annexes;
    private final BriefChoices choices;
    private final org.springframework.beans.factory.ObjectProvider<kg.kozomol.brief.BriefRecommendations> recommendations;

    BriefViewController(BriefAccess access, Briefs briefs, Findings findings, EvidenceItems evidence,
            ReviewComments comments, BriefVersions versions, BriefAnnexes annexes, BriefChoices choices,
            org.springframework.beans.factory.ObjectProvider<kg.kozomol.brief.BriefRecommendations> recommendations) {
        this.recommendations = recommendations;
        this.access = access;
        this.briefs = briefs;
        this.findings = findings;
        this.evidence = evidence;
        this.comments = comments;
        this.versions = versions;
        this.annexes = annexes;
        this.choices = choices;
    }

    @GetMapping("/briefs/{id}")
    String view(@PathVariable("id") long id, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        Brief brief = access.readable(id, user);
        common(model, brief);
        model.addAttribute("findings", findings.of(id));
        model.addAttribute("policyMargin", evidence.policyGradeMargin());
        model.addAttribute("comments", comments.of(id));
        model.addAttribute("annexes", annexes.of(id));
        model.addAttribute("authors", briefs.possibleAuthors(brief.organisationId()).stream()
                .filter(u -> brief.authorIds().contains(u.id())).map(u -> u.fullName()).toList());
        model.addAttribute("canEdit", access.canEdit(brief, user) && !brief.withdrawn());
        model.addAttribute("canComment", access.canComment(brief, user) && !brief.withdrawn());
        model.addAttribute("sections", choices.sections());
        model.addAttribute("reviewers", briefs.reviewers(id));
        var provider = recommendations.getIfAvailable();
        model.addAttribute("recommendations", provider == null ? java.util.List.of() : provider.forBrief(id, user, LocaleContextHolder.getLocale()));
        model.addAttribute("locale", org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return "brief/view";
    }

    @GetMapping("/briefs/{id}/versions/{number}")
    String version(@PathVariable("id") long id, @PathVariable("number") int number, Model model) {
        Brief brief = access.readable(id, CurrentUser.required());
        BriefVersion version = versions.version(id, number).orElseThrow(() -> new NotFoundException("version " + number));
        common(model, brief);
        model.addAttribute("version", version);
        model.addAttribute("keys", BriefVersions.KEYS);
        return "brief/version";
    }

    @GetMapping("/briefs/{id}/versions/diff")
    String diff(@PathVariable("id") long id, @RequestParam(name = "from", required = false) Integer from,
            @RequestParam(name = "to", required = false) Integer to, Model model) {
        Brief brief = access.readable(id, CurrentUser.required());
        common(model, brief);
        int last = brief.publishedVersion();
        int older = from == null ? Math.max(1, last - 1) : from;
        int newer = to == null ? last : to;
        BriefVersion a = versions.version(id, older).orElse(null);
        BriefVersion b = versions.version(id, newer).orElse(null);
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute("sectionsDiff", a == null || b == null ? List.of() : VersionDiff.compare(a, b));
        model.addAttribute("missing", a == null || b == null);
        return "brief/diff";
    }

    private void common(Model model, Brief brief) {
        model.addAttribute("brief", brief);
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("versions", versions.all(brief.id()));
        model.addAttribute("themeNames", choices.themeNames());
        model.addAttribute("organisationNames", choices.organisationNames());
    }
}
