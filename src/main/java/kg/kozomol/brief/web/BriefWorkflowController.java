package kg.kozomol.brief.web;

import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefAccess;
import kg.kozomol.brief.BriefActionRefusedException;
import kg.kozomol.brief.BriefAnnexes;
import kg.kozomol.brief.BriefSection;
import kg.kozomol.brief.BriefStatus;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.ReviewComments;
import kg.kozomol.files.FileRejectedException;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;

/** The buttons of a brief: status changes, review comments and annexes. Each answers with the brief page. */
@Controller
class BriefWorkflowController {

    private final Briefs briefs;
    private final BriefAccess access;
    private final ReviewComments comments;
    private final BriefAnnexes annexes;

    BriefWorkflowController(Briefs briefs, BriefAccess access, ReviewComments comments, BriefAnnexes annexes) {
        this.briefs = briefs;
        this.access = access;
        this.comments = comments;
        this.annexes = annexes;
    }

    @PostMapping("/briefs/{id}/status")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'ADMIN')")
    String move(@PathVariable("id") long id, @RequestParam(name = "target", required = false) BriefStatus target,
            @RequestParam(name = "version", required = false) Integer version, RedirectAttributes redirect) {
        Brief brief = access.editable(id, CurrentUser.required());
        try {
            if (target == null) {
                throw new BriefActionRefusedException("brief.refused.transition");
            }
            Brief moved = briefs.move(id, version == null ? brief.version() : version, target);
            redirect.addFlashAttribute("flash", "brief.moved." + moved.status().name());
        } catch (BriefActionRefusedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("refused", "form.stale");
        }
        return "redirect:/briefs/" + id;
    }

    @PostMapping("/briefs/{id}/comments")
    String comment(@PathVariable("id") long id, @RequestParam(name = "section", required = false) BriefSection section,
            @RequestParam(name = "body", required = false) String body, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        Brief brief = access.commentable(id, user);
        if (brief.withdrawn()) {
            redirect.addFlashAttribute("refused", "brief.refused.withdrawn");
        } else if (section == null || body == null || body.isBlank() || body.length() > ReviewComments.MAX_LENGTH) {
            redirect.addFlashAttribute("refused", "brief.comment.invalid");
        } else {
            comments.add(id, section, body, user.id());
            redirect.addFlashAttribute("flash", "brief.comment.added");
        }
        return "redirect:/briefs/" + id + "#comments";
    }

    @PostMapping("/briefs/{id}/comments/{commentId}/resolve")
    String resolve(@PathVariable("id") long id, @PathVariable("commentId") long commentId, RedirectAttributes redirect) {
        Brief brief = access.commentable(id, CurrentUser.required());
        try {
            brief.ensureNotWithdrawn();
            comments.resolve(id, commentId);
            redirect.addFlashAttribute("flash", "brief.comment.resolved");
        } catch (BriefActionRefusedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/briefs/" + id + "#comments";
    }

    @PostMapping("/briefs/{id}/reviewers")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'ADMIN')")
    String invite(@PathVariable("id") long id, @RequestParam(name = "email", required = false) String email,
            RedirectAttributes redirect) {
        access.editable(id, CurrentUser.required());
        try {
            boolean invited = email != null && email.length() <= 254 && briefs.inviteReviewer(id, email);
            redirect.addFlashAttribute(invited ? "flash" : "refused", invited ? "brief.reviewer.invited" : "brief.reviewer.unknown");
        } catch (BriefActionRefusedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/briefs/" + id + "#reviewers";
    }

    @PostMapping("/briefs/{id}/annexes")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'ADMIN')")
    String annex(@PathVariable("id") long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        access.editable(id, CurrentUser.required());
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("refused", "brief.annex.missing");
            return "redirect:/briefs/" + id + "#annexes";
        }
        try {
            annexes.attach(id, file.getOriginalFilename(), file.getInputStream());
            redirect.addFlashAttribute("flash", "brief.annex.added");
        } catch (FileRejectedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            redirect.addFlashAttribute("refusedArgs", e.args());
        } catch (BriefActionRefusedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/briefs/" + id + "#annexes";
    }
}
