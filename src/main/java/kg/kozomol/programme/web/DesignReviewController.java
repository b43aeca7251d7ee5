package kg.kozomol.programme.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.platform.web.Option;
import kg.kozomol.programme.DesignReviews;
import kg.kozomol.programme.EvaluabilityCriterion;
import kg.kozomol.programme.FrameworkNode;
import kg.kozomol.programme.Programme;
import kg.kozomol.programme.ProgrammeAccess;
import kg.kozomol.programme.ProgrammeRuleException;
import kg.kozomol.programme.Programmes;
import kg.kozomol.programme.ResultsFramework;
import kg.kozomol.programme.ReviewComment;
import kg.kozomol.programme.ReviewDocument;

/**
 * The design review page: the panel (formed by the coordinator), each expert's evaluability scores and comments per
 * node, and the consolidated comments as a Word document. Seen by the panel and by those who may edit the programme;
 * anyone else is told it does not exist (404).
 */
@Controller
class DesignReviewController {

    private final Programmes programmes;
    private final ResultsFramework framework;
    private final DesignReviews reviews;
    private final ReviewDocument document;
    private final ProgrammeAccess access;

    DesignReviewController(Programmes programmes, ResultsFramework framework, DesignReviews reviews, ReviewDocument document,
            ProgrammeAccess access) {
        this.programmes = programmes;
        this.framework = framework;
        this.reviews = reviews;
        this.document = document;
        this.access = access;
    }

    @InitBinder("scoreForm")
    void scoreFields(WebDataBinder binder) {
        binder.setAllowedFields("scores*", "justifications*", "versions*");
    }

    @GetMapping("/programmes/{id}/review")
    String review(@PathVariable("id") long id, Model model) {
        Programme programme = readable(id);
        KozomolPrincipal user = CurrentUser.required();
        ScoreForm own = ScoreForm.of(reviews.scores(id).stream().filter(s -> s.expertId() == user.id()).toList());
        return page(model, programme, own);
    }

    @PostMapping("/programmes/{id}/review/panel")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String addExpert(@PathVariable("id") long id, @RequestParam(name = "expertId", required = false) String expertId,
            RedirectAttributes redirect) {
        programmes.require(id);
        Long expert = Numbers.id(expertId);
        try {
            if (expert == null) {
                throw new ProgrammeRuleException("expertId", "programme.review.refused.notExpert");
            }
            reviews.addExpert(id, expert, CurrentUser.required());
            redirect.addFlashAttribute("flash", "programme.review.expertAdded");
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/programmes/" + id + "/review";
    }

    @PostMapping("/programmes/{id}/review/scores")
    @PreAuthorize("hasRole('EXPERT')")
    String score(@PathVariable("id") long id, @ModelAttribute("scoreForm") ScoreForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Programme programme = panelMember(id);
        ProgrammeChoices.reject(errors, reviews.problems(form.toDrafts()));
        if (!errors.hasErrors()) {
            try {
                reviews.score(id, CurrentUser.required(), form.toDrafts(), form.expectedVersions());
                redirect.addFlashAttribute("flash", "programme.review.scored");
                return "redirect:/programmes/" + id + "/review";
            } catch (StaleRecordException e) {
                errors.reject("programme.stale");
            } catch (ProgrammeRuleException e) {
                ProgrammeChoices.reject(errors, e);
            }
        }
        return page(model, programme, form);
    }

    @PostMapping("/programmes/{id}/review/comments")
    @PreAuthorize("hasRole('EXPERT')")
    String comment(@PathVariable("id") long id, @RequestParam(name = "nodeId", required = false) String nodeId,
            @RequestParam(name = "body", required = false) String body, RedirectAttributes redirect) {
        panelMember(id);
        try {
            reviews.comment(id, CurrentUser.required(), Numbers.id(nodeId), body);
            redirect.addFlashAttribute("flash", "programme.review.commented");
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("refused", "programme.review.refused.comment");
        }
        return "redirect:/programmes/" + id + "/review#comments";
    }

    @GetMapping("/programmes/{id}/review/comments.docx")
    ResponseEntity<byte[]> export(@PathVariable("id") long id) {
        Programme programme = readable(id);
        byte[] docx = document.docx(id, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("design-review-" + programme.id() + ".docx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(docx);
    }

    private Programme readable(long id) {
        Programme programme = programmes.require(id);
        KozomolPrincipal user = CurrentUser.required();
        if (!access.canEdit(programme, user) && !reviews.onPanel(id, user)) {
            throw new NotFoundException("programme review " + id);
        }
        return programme;
    }

    private Programme panelMember(long id) {
        Programme programme = programmes.require(id);
        if (!reviews.onPanel(id, CurrentUser.required())) {
            throw new NotFoundException("programme review " + id);
        }
        return programme;
    }

    private String page(Model model, Programme programme, ScoreForm form) {
        KozomolPrincipal user = CurrentUser.required();
        List<FrameworkNode> nodes = framework.tree(programme.id());
        List<ReviewComment> comments = reviews.comments(programme.id());
        model.addAttribute("programme", programme);
        model.addAttribute("open", DesignReviews.open(programme));
        model.addAttribute("panel", reviews.panel(programme.id()));
        model.addAttribute("onPanel", reviews.onPanel(programme.id(), user));
        model.addAttribute("canManage", access.canCreate(user));
        model.addAttribute("candidates", access.canCreate(user) ? reviews.candidates(programme.id()).stream()
                .map(u -> new Option(Long.toString(u.id()), u.fullName())).toList() : List.of());
        model.addAttribute("criteria", Arrays.asList(EvaluabilityCriterion.values()));
        model.addAttribute("scale", List.of(1, 2, 3, 4));
        model.addAttribute("scoreForm", form);
        model.addAttribute("scores", reviews.scores(programme.id()));
        model.addAttribute("nodes", nodes);
        model.addAttribute("generalComments", comments.stream().filter(c -> c.nodeId() == null).toList());
        model.addAttribute("nodeComments", comments.stream().filter(c -> c.nodeId() != null)
                .collect(Collectors.groupingBy(ReviewComment::nodeId)));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "programme/review";
    }
}
