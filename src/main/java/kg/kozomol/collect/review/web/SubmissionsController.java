package kg.kozomol.collect.review.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import jakarta.servlet.http.HttpServletResponse;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.FormMedia;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.review.AnswerTrees;
import kg.kozomol.collect.review.FormAccess;
import kg.kozomol.collect.review.FormTexts;
import kg.kozomol.collect.review.Geopoints;
import kg.kozomol.collect.review.MapProperties;
import kg.kozomol.collect.review.ReviewState;
import kg.kozomol.collect.review.SubmissionBrowser;
import kg.kozomol.collect.review.SubmissionFilter;
import kg.kozomol.collect.review.SubmissionRow;
import kg.kozomol.collect.review.TableColumns;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;

/** A form's submissions: the filtered, paged table and the map of their geopoints. */
@Controller
class SubmissionsController {

    /** How many questions the table shows; the submission page shows all. */
    static final int COLUMNS = 6;

    private final FormAccess access;
    private final Forms forms;
    private final SubmissionBrowser browser;
    private final Geopoints geopoints;
    private final MapProperties map;
    private final FormMedia media;

    SubmissionsController(FormAccess access, Forms forms, SubmissionBrowser browser, Geopoints geopoints, MapProperties map,
            FormMedia media) {
        this.media = media;
        this.access = access;
        this.forms = forms;
        this.browser = browser;
        this.geopoints = geopoints;
        this.map = map;
    }

    record Line(SubmissionRow row, List<String> cells) {
    }

    @GetMapping("/collect/forms/{formId}/submissions")
    String list(@PathVariable long formId, @RequestParam(required = false) String state,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long submitter, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(defaultValue = "false") boolean flagged, Model model, HttpServletResponse response) {
        FormAccess.Readable readable = access.readable(formId, CurrentUser.required());
        FormTexts texts = texts(readable.form());
        List<String> errors = new java.util.ArrayList<>();
        SubmissionFilter filter = new SubmissionFilter(state(state, errors), date(from, "from", errors), date(to, "to", errors),
                submitter, q == null || q.isBlank() ? null : q.strip(), flagged);
        List<TableColumns.Column> columns = TableColumns.of(texts, COLUMNS);
        PageOf<SubmissionRow> rows = browser.page(formId, filter, PageRequest.of(page, 25));
        List<Line> lines = rows.items().stream()
                .map(r -> new Line(r, TableColumns.cells(texts, columns, AnswerTrees.read(r.xml()).root()))).toList();
        if (!errors.isEmpty()) {
            response.setStatus(400);
        }
        model.addAttribute("form", readable.form());
        model.addAttribute("columns", columns);
        model.addAttribute("rows", rows);
        model.addAttribute("lines", lines);
        model.addAttribute("filter", filter);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("errors", errors);
        model.addAttribute("states", ReviewState.values());
        model.addAttribute("submitters", browser.submitters(formId));
        model.addAttribute("pagerUrl", UriComponentsBuilder.fromPath("/collect/forms/{id}/submissions")
                .queryParamIfPresent("state", java.util.Optional.ofNullable(filter.state()))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(filter.to()))
                .queryParamIfPresent("submitter", java.util.Optional.ofNullable(filter.appUserId()))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(filter.text()))
                .queryParamIfPresent("flagged", java.util.Optional.of(true).filter(f -> filter.flagged()))
                .buildAndExpand(formId).encode().toUriString());
        return "collect/submissions";
    }

    @GetMapping("/collect/forms/{formId}/submissions/map")
    String map(@PathVariable long formId, Model model, HttpServletResponse response) {
        FormAccess.Readable readable = access.readable(formId, CurrentUser.required());
        FormTexts texts = texts(readable.form());
        model.addAttribute("form", readable.form());
        model.addAttribute("points", geopoints.of(formId, texts));
        model.addAttribute("map", map);
        allowTiles(response, map);
        return "collect/submissions-map";
    }

    /** The form's current labels in the UI language, options from attached files included. */
    private FormTexts texts(CollectForm form) {
        FormModel model = forms.model(form.currentVersionId());
        return FormTexts.of(model, LocaleContextHolder.getLocale(), media.data(form.id(), model));
    }

    /** The tile server is let through for images on this page only; everything else keeps the site's policy. */
    static void allowTiles(HttpServletResponse response, MapProperties map) {
        String policy = response.getHeader("Content-Security-Policy");
        if (policy != null && map.tilesOrigin() != null && !map.tilesOrigin().isBlank()) {
            response.setHeader("Content-Security-Policy", policy.replace("img-src 'self' data:", "img-src 'self' data: " + map.tilesOrigin()));
        }
    }

    private static ReviewState state(String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReviewState.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add("submissions.filter.badState");
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add("submissions.filter.bad." + field);
            return null;
        }
    }

}
