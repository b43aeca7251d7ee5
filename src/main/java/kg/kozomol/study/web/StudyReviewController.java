package kg.kozomol.study.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.study.CommentItem;
import kg.kozomol.study.Decision;
import kg.kozomol.study.Reviewer;
import kg.kozomol.study.Revision;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;
import kg.kozomol.study.StudyComments;
import kg.kozomol.study.StudyReviews;
import kg.kozomol.study.StudyRevisions;
import kg.kozomol.study.StudyRuleException;

/**
 * The review of a design: the CSO invites state bodies and experts; reviewers comment on items, ask for changes or
 * endorse; the CSO answers; anyone reading compares revisions to see what changed.
 */
@Controller
class StudyReviewController {

    private final StudyAccess access;
    private final StudyReviews reviews;
    private final StudyComments comments;
    private final StudyRevisions revisions;
    private final StudyChoices choices;
    private final ReviewPage reviewPage;

    StudyReviewController(StudyAccess access, StudyReviews reviews, StudyComments comments, StudyRevisions revisions,
            StudyChoices choices, ReviewPage reviewPage) {
        this.access = access;
        this.reviews = reviews;
        this.comments = comments;
        this.revisions = revisions;
        this.choices = choices;
        this.reviewPage = reviewPage;
    }

    @GetMapping("/studies/{id}/review")
    String review(@PathVariable("id") long id, @RequestParam(name = "from", required = false) Integer from,
            @RequestParam(name = "to", required = false) Integer to, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        Study study = access.readable(id, user);
        reviewPage.common(model, study, user);
        List<Revision> all = revisions.all(id);
        int newer = to == null ? study.revision() : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        Revision a = revisions.revision(id, older).orElse(null);
        Revision b = revisions.revision(id, newer).orElse(null);
        model.addAttribute("revisions", all);
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute("changes", a == null || b == null || older == newer ? List.of()
                : reviewPage.changes(StudyRevisions.compare(a, b)));
        model.addAttribute("threads", comments.threads(id));
        model.addAttribute("canComment", access.canComment(study, user));
        model.addAttribute("items", choices.items(comments.items(study)));
        model.addAttribute("bodies", choices.stateBodies(reviews.reviewers(id).stream().filter(Reviewer::body)
                .map(Reviewer::organisationId).toList()));
        return "study/review";
    }

    @PostMapping("/studies/{id}/reviewers")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    String invite(@PathVariable("id") long id, @RequestParam(name = "organisationId", required = false) Long organisationId,
            @RequestParam(name = "email", required = false) String email, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.editable(id, user);
        try {
            boolean added;
            if (organisationId != null) {
                added = reviews.inviteBody(id, organisationId, user);
            } else if (email != null && !email.isBlank() && email.length() <= 254) {
                added = reviews.inviteExpert(id, email, user);
            } else {
                throw new StudyRuleException("organisationId", "study.review.chooseInvitee");
            }
            redirect.addFlashAttribute(added ? "flash" : "refused", added ? "study.review.invited" : "study.review.alreadyInvited");
        } catch (StudyRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/studies/" + id + "/review#reviewers";
    }

    @PostMapping("/studies/{id}/comments")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'STATE_FOCAL_POINT', 'EXPERT')")
    String comment(@PathVariable("id") long id, @RequestParam(name = "item", required = false) String item,
            @RequestParam(name = "parent", required = false) Long parent,
            @RequestParam(name = "body", required = false) String body, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.commentable(id, user);
        try {
            comments.add(id, CommentItem.parse(item).orElse(null), parent, body, user);
            redirect.addFlashAttribute("flash", parent == null ? "study.comment.added" : "study.comment.answered");
        } catch (StudyRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            redirect.addFlashAttribute("commentDraft", body);
        }
        return "redirect:/studies/" + id + "/review#comments";
    }

    @PostMapping("/studies/{id}/decision")
    @PreAuthorize("hasAnyRole('STATE_FOCAL_POINT', 'EXPERT')")
    String decide(@PathVariable("id") long id, @RequestParam(name = "reviewer", required = false) Long reviewer,
            @RequestParam(name = "decision", required = false) Decision decision,
            @RequestParam(name = "revision", required = false) Integer revision,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        Study study = access.readable(id, user);
        Reviewer mine = access.reviewerFor(study, user).filter(r -> reviewer == null || r.id() == reviewer)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not a reviewer of the study"));
        try {
            reviews.decide(id, mine.id(), revision == null ? -1 : revision, decision, note, user);
            redirect.addFlashAttribute("flash", "study.review.decided." + decision.name());
        } catch (StudyRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            redirect.addFlashAttribute("noteDraft", note);
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("refused", "study.review.stale");
            redirect.addFlashAttribute("noteDraft", note);
        }
        return "redirect:/studies/" + id + "/review#decision";
    }
}
