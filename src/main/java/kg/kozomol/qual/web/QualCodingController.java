package kg.kozomol.qual.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.qual.Codebook;
import kg.kozomol.qual.Coding;
import kg.kozomol.qual.Codings;
import kg.kozomol.qual.Memos;
import kg.kozomol.qual.Project;
import kg.kozomol.qual.QualAccess;
import kg.kozomol.qual.Quotes;
import kg.kozomol.qual.Transcript;
import kg.kozomol.qual.TranscriptStatus;
import kg.kozomol.qual.Unit;

/**
 * Coding a released transcript: pick a unit (speaker turn or paragraph) and a code, with the keyboard alone; or send
 * exact code-point offsets. Undo, merging codes, and saving a coded segment as a quote for briefs.
 */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'CODER')")
class QualCodingController {

    private final QualAccess access;
    private final TranscriptOfProject transcripts;
    private final Codings codings;
    private final Codebook codebook;
    private final Quotes quotes;
    private final Memos memos;

    QualCodingController(QualAccess access, TranscriptOfProject transcripts, Codings codings, Codebook codebook, Quotes quotes,
            Memos memos) {
        this.memos = memos;
        this.access = access;
        this.transcripts = transcripts;
        this.codings = codings;
        this.codebook = codebook;
        this.quotes = quotes;
    }

    /** Coders see only released, pseudonymised text; a transcript still under review is not there for them. */
    @GetMapping("/qual/projects/{id}/transcripts/{transcriptId}")
    String view(@PathVariable("id") long id, @PathVariable("transcriptId") long transcriptId, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        Project project = access.member(id, user);
        Transcript transcript = transcripts.of(id, transcriptId);
        boolean lead = project.isLead(user.id());
        if (transcript.status() != TranscriptStatus.OPEN && !lead) {
            throw new NotFoundException("qual_transcript " + transcriptId);
        }
        List<Unit> units = codings.units(transcriptId);
        List<Coding> all = codings.of(transcriptId);
        Map<Integer, List<Coding>> byUnit = units.stream().collect(Collectors.toMap(Unit::position, u -> all.stream()
                .filter(c -> c.startCp() < u.endCp() && u.startCp() < c.endCp()).toList()));
        model.addAttribute("project", project);
        model.addAttribute("lead", lead);
        model.addAttribute("transcript", transcript);
        model.addAttribute("units", units);
        model.addAttribute("codingsByUnit", byUnit);
        model.addAttribute("mine", all.stream().filter(c -> c.coderId() == user.id()).toList());
        model.addAttribute("codes", codebook.codes(id));
        List<Long> here = all.stream().map(Coding::id).toList();
        model.addAttribute("memos", memos.of(id).stream().filter(m -> Long.valueOf(transcriptId).equals(m.transcriptId())
                || (m.codingId() != null && here.contains(m.codingId()))).toList());
        return "qual/transcript";
    }

    @PostMapping("/qual/projects/{id}/transcripts/{transcriptId}/codings")
    String code(@PathVariable("id") long id, @PathVariable("transcriptId") long transcriptId,
            @RequestParam(name = "codeId", required = false) Long codeId,
            @RequestParam(name = "unit", required = false) Integer unit,
            @RequestParam(name = "start", required = false) Integer start,
            @RequestParam(name = "end", required = false) Integer end, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.member(id, user);
        transcripts.of(id, transcriptId);
        long code = codeId == null ? -1 : codeId;
        return QualRedirects.run(redirect, page(id, transcriptId), "qual.coding.applied", () -> {
            if (start != null && end != null) {
                codings.apply(transcriptId, code, start, end, user);
            } else {
                codings.applyToUnit(transcriptId, code, unit == null ? -1 : unit, user);
            }
        });
    }

    @PostMapping("/qual/projects/{id}/transcripts/{transcriptId}/undo")
    String undo(@PathVariable("id") long id, @PathVariable("transcriptId") long transcriptId, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.member(id, user);
        transcripts.of(id, transcriptId);
        return QualRedirects.run(redirect, page(id, transcriptId), "qual.coding.undone", () -> codings.undo(transcriptId, user));
    }

    @PostMapping("/qual/projects/{id}/codes/merge")
    String merge(@PathVariable("id") long id, @RequestParam(name = "sourceId", required = false) Long sourceId,
            @RequestParam(name = "targetId", required = false) Long targetId, RedirectAttributes redirect) {
        access.lead(id, CurrentUser.required());
        if (sourceId == null || targetId == null || codebook.find(sourceId).filter(c -> c.projectId() == id).isEmpty()) {
            redirect.addFlashAttribute("refused", "qual.validation.mergeTarget");
            return "redirect:/qual/projects/" + id;
        }
        return QualRedirects.run(redirect, "/qual/projects/" + id, "qual.code.merged", () -> codebook.merge(sourceId, targetId));
    }

    @PostMapping("/qual/projects/{id}/codes/split")
    String split(@PathVariable("id") long id, @RequestParam(name = "sourceId", required = false) Long sourceId,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "codingIds", required = false) List<Long> codingIds, RedirectAttributes redirect) {
        access.lead(id, CurrentUser.required());
        if (sourceId == null || codebook.find(sourceId).filter(c -> c.projectId() == id).isEmpty()) {
            redirect.addFlashAttribute("refused", "qual.validation.splitCodings");
            return "redirect:/qual/projects/" + id;
        }
        return QualRedirects.run(redirect, "/qual/projects/" + id + "/segments?code=" + sourceId, "qual.code.split",
                () -> codebook.split(sourceId, name, codingIds));
    }

    @PostMapping("/qual/projects/{id}/codings/{codingId}/quote")
    String quote(@PathVariable("id") long id, @PathVariable("codingId") long codingId, RedirectAttributes redirect) {
        access.lead(id, CurrentUser.required());
        Coding coding = codings.require(codingId);
        transcripts.of(id, coding.transcriptId());
        return QualRedirects.run(redirect, page(id, coding.transcriptId()), "qual.quote.saved", () -> quotes.quote(codingId));
    }

    /** A memo on the transcript, a code or a segment; back to the transcript it was written from, if any. */
    @PostMapping("/qual/projects/{id}/memos")
    String memo(@PathVariable("id") long id, @RequestParam(name = "target", required = false) String target,
            @RequestParam(name = "content", required = false) String content,
            @RequestParam(name = "transcriptId", required = false) Long transcriptId, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.member(id, user);
        String back = transcriptId == null ? "/qual/projects/" + id : page(id, transcripts.of(id, transcriptId).id());
        return QualRedirects.run(redirect, back, "qual.memo.saved", () -> memos.add(id, target, content, user));
    }

    private static String page(long id, long transcriptId) {
        return "/qual/projects/" + id + "/transcripts/" + transcriptId;
    }
}
