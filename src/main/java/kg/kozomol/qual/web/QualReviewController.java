package kg.kozomol.qual.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.qual.Project;
import kg.kozomol.qual.PseudonymReview;
import kg.kozomol.qual.QualAccess;
import kg.kozomol.qual.Transcript;
import kg.kozomol.qual.Transcripts;
import kg.kozomol.qual.pii.PiiKind;

/** The lead's pseudonymisation review of a transcript and the project's map of originals; nobody else's. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'CODER')")
class QualReviewController {

    private final QualAccess access;
    private final PseudonymReview review;
    private final TranscriptOfProject transcripts;
    private final Transcripts originals;

    QualReviewController(QualAccess access, PseudonymReview review, TranscriptOfProject transcripts, Transcripts originals) {
        this.access = access;
        this.originals = originals;
        this.review = review;
        this.transcripts = transcripts;
    }

    @GetMapping("/qual/projects/{id}/transcripts/{transcriptId}/review")
    String queue(@PathVariable("id") long id, @PathVariable("transcriptId") long transcriptId, Model model) {
        Project project = access.lead(id, CurrentUser.required());
        Transcript transcript = transcripts.of(id, transcriptId);
        model.addAttribute("project", project);
        model.addAttribute("transcript", transcript);
        model.addAttribute("hits", review.queue(transcriptId));
        model.addAttribute("pending", review.pending(transcriptId));
        model.addAttribute("kinds", PiiKind.values());
        return "qual/review";
    }

    /** The whole original text, for the lead alone; each opening is in the audit log. */
    @GetMapping("/qual/projects/{id}/transcripts/{transcriptId}/original")
    String original(@PathVariable("id") long id, @PathVariable("transcriptId") long transcriptId, Model model) {
        model.addAttribute("project", access.lead(id, CurrentUser.required()));
        model.addAttribute("transcript", transcripts.of(id, transcriptId));
        model.addAttribute("original", originals.original(transcriptId));
        return "qual/original";
    }

    @PostMapping("/qual/projects/{id}/transcripts/{transcriptId}/hits/{hitId}/accept")
    String accept(@PathVariable("id") long id, @PathVariable("transcriptId") long transcriptId, @PathVariable("hitId") long hitId,
            @RequestParam(name = "replacement", required = false) String replacement, RedirectAttributes redirect) {
        return decide(id, transcriptId, redirect, "qual.review.accepted", () -> review.accept(transcriptId, hitId, replacement));
    }

    @PostMapping("/qual/projects/{id}/transcripts/{transcriptId}/hits/{hitId}/reject")
    String reject(@PathVariable("id") long id, @PathVariable("transcriptId") long transcriptId, @PathVariable("hitId") long hitId,
            RedirectAttributes redirect) {
        return decide(id, transcriptId, redirect, "qual.review.rejected", () -> review.reject(transcriptId, hitId));
    }

    @PostMapping("/qual/projects/{id}/transcripts/{transcriptId}/hits")
    String addManual(@PathVariable("id") long id, @PathVariable("transcriptId") long transcriptId,
            @RequestParam(name = "fragment", required = false) String fragment,
            @RequestParam(name = "kind", required = false) PiiKind kind, RedirectAttributes redirect) {
        return decide(id, transcriptId, redirect, "qual.review.added", () -> review.addManual(transcriptId, fragment, kind));
    }

    @PostMapping("/qual/projects/{id}/transcripts/{transcriptId}/release")
    String release(@PathVariable("id") long id, @PathVariable("transcriptId") long transcriptId, RedirectAttributes redirect) {
        access.lead(id, CurrentUser.required());
        transcripts.of(id, transcriptId);
        String page = QualRedirects.run(redirect, "/qual/projects/" + id + "/transcripts/" + transcriptId + "/review",
                "qual.review.releasedNow", () -> review.release(transcriptId));
        return redirect.getFlashAttributes().containsKey("refused") ? page
                : "redirect:/qual/projects/" + id + "/transcripts/" + transcriptId;
    }

    @GetMapping("/qual/projects/{id}/pseudonyms")
    String map(@PathVariable("id") long id, Model model) {
        model.addAttribute("project", access.lead(id, CurrentUser.required()));
        model.addAttribute("entries", review.map(id));
        return "qual/pseudonyms";
    }

    private String decide(long id, long transcriptId, RedirectAttributes redirect, String success, Runnable action) {
        access.lead(id, CurrentUser.required());
        transcripts.of(id, transcriptId);
        return QualRedirects.run(redirect, "/qual/projects/" + id + "/transcripts/" + transcriptId + "/review", success, action);
    }
}
