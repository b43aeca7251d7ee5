package kg.kozomol.collect.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import kg.kozomol.collect.Consents;
import kg.kozomol.collect.FormMedia;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.review.AnswerLine;
import kg.kozomol.collect.review.AnswerLines;
import kg.kozomol.collect.review.AnswerTrees;
import kg.kozomol.collect.review.FormAccess;
import kg.kozomol.collect.review.FormTexts;
import kg.kozomol.collect.review.Geopoints;
import kg.kozomol.collect.review.MapProperties;
import kg.kozomol.collect.review.MissingCommentException;
import kg.kozomol.collect.review.ReviewState;
import kg.kozomol.collect.review.ReceiptChecks;
import kg.kozomol.collect.review.Reviews;
import kg.kozomol.collect.review.SubmissionBrowser;
import kg.kozomol.collect.review.SubmissionRow;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;

/** One submission: its answers with labels, files, geopoints, versions and review history; reviewing and correcting it. */
@Controller
class SubmissionController {

    /** One line of the respondent's consent as the page shows it; allowed is null where the question was not answered. */
    record ConsentLine(String item, Boolean allowed) {}

    private final Consents consents;

    static final int MAX_COMMENT = 4000;
    /** A form without its version is treated as stale: nobody can tell which state it was filled in on. */
    static final int NO_VERSION = -1;

    private final FormAccess access;
    private final Forms forms;
    private final SubmissionBrowser browser;
    private final Reviews reviews;
    private final MapProperties map;
    private final ReceiptChecks checks;
    private final FormMedia media;

    SubmissionController(FormAccess access, Forms forms, SubmissionBrowser browser, Reviews reviews, MapProperties map,
            Consents consents, ReceiptChecks checks, FormMedia media) {
        this.media = media;
        this.consents = consents;
        this.checks = checks;
        this.access = access;
        this.forms = forms;
        this.browser = browser;
        this.reviews = reviews;
        this.map = map;
    }

    @GetMapping("/collect/submissions/{id}")
    String submission(@PathVariable long id, Model model, HttpServletResponse response) {
        return page(id, model, response, null, null);
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    @PostMapping("/collect/submissions/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) String state, @RequestParam(required = false) String comment,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        KozomolPrincipal user = CurrentUser.required();
        SubmissionRow row = access.submission(id, user);
        access.editable(row.formId(), user);
        ReviewState to;
        try {
            to = ReviewState.valueOf(state == null ? "" : state);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(id, model, response, "submissions.review.badState", comment);
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(id, model, response, "submissions.review.tooLong", comment);
        }
        try {
            reviews.decide(id, version == null ? NO_VERSION : version, to, comment, user);
        } catch (MissingCommentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(id, model, response, "submissions.review.commentRequired", comment);
        } catch (StaleRecordException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(id, model, response, "submissions.stale", comment);
        }
        redirect.addFlashAttribute("flash", "submissions.review.saved");
        return "redirect:/collect/submissions/" + id;
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    @GetMapping("/collect/submissions/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        SubmissionRow row = access.submission(id, user);
        access.editable(row.formId(), user);
        return editPage(row, model, null);
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    @PostMapping("/collect/submissions/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        KozomolPrincipal user = CurrentUser.required();
        SubmissionRow row = access.submission(id, user);
        access.editable(row.formId(), user);
        Map<String, String> changed = new LinkedHashMap<>();
        for (AnswerLine line : lines(row)) {
            String value = params.get("answer." + line.path());
            if (line.editable() && value != null && !value.strip().equals(line.value())) {
                changed.put(line.path(), value.strip());
            }
        }
        if (changed.isEmpty()) {
            redirect.addFlashAttribute("flash", "submissions.edit.nothing");
            return "redirect:/collect/submissions/" + id;
        }
        try {
            long edited = reviews.edit(id, version == null ? NO_VERSION : version, changed, user);
            redirect.addFlashAttribute("flash", "submissions.edit.saved");
            return "redirect:/collect/submissions/" + edited;
        } catch (StaleRecordException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return editPage(browser.find(id).orElseThrow(), model, "submissions.stale");
        }
    }

    private List<AnswerLine> lines(SubmissionRow row) {
        return AnswerLines.of(texts(row), AnswerTrees.read(row.xml()).root());
    }

    private FormTexts texts(SubmissionRow row) {
        FormModel model = forms.model(forms.version(row.formId(), row.formVersion()).orElseThrow().id());
        return FormTexts.of(model, LocaleContextHolder.getLocale(), media.data(row.formId(), model));
    }

    private String editPage(SubmissionRow row, Model model, String error) {
        model.addAttribute("submission", row);
        model.addAttribute("form", access.readable(row.formId(), CurrentUser.required()).form());
        model.addAttribute("lines", lines(row));
        model.addAttribute("error", error);
        return "collect/submissions-edit";
    }

    private String page(long id, Model model, HttpServletResponse response, String error, String comment) {
        KozomolPrincipal user = CurrentUser.required();
        SubmissionRow row = access.submission(id, user);
        FormAccess.Readable readable = access.readable(row.formId(), user);
        List<AnswerLine> lines = lines(row);
        model.addAttribute("form", readable.form());
        model.addAttribute("canEdit", readable.canEdit() && row.current());
        model.addAttribute("submission", row);
        model.addAttribute("lines", lines);
        model.addAttribute("points", Geopoints.in(row, lines));
        model.addAttribute("checks", checks.of(row.id(), texts(row)));
        model.addAttribute("attachments", browser.attachments(id));
        model.addAttribute("reviews", browser.reviews(row));
        model.addAttribute("versions", browser.versions(row));
        model.addAttribute("states", ReviewState.values());
        model.addAttribute("error", error);
        model.addAttribute("comment", comment);
        model.addAttribute("map", map);
        consents.ofSubmission(row.id()).ifPresent(consent -> {
            model.addAttribute("consentVersion", consent.formVersion());
            model.addAttribute("consentLines", List.of(new ConsentLine("recording", consent.recording()),
                    new ConsentLine("quotation", consent.quotation()), new ConsentLine("archiving", consent.archiving()),
                    new ConsentLine("transfer", consent.transfer())));
        });
        SubmissionsController.allowTiles(response, map);
        return "collect/submissions-view";
    }

}
