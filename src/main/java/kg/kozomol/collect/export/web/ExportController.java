package kg.kozomol.collect.export.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletResponse;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.FormMedia;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.export.AttachmentExport;
import kg.kozomol.collect.export.ExportOptions;
import kg.kozomol.collect.export.ExportProperties;
import kg.kozomol.collect.export.ExportStarter;
import kg.kozomol.collect.export.ExportTexts;
import kg.kozomol.collect.export.SubmissionExports;
import kg.kozomol.collect.review.FormAccess;
import kg.kozomol.collect.review.FormTexts;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;

/** The export page of a form, and the export itself: streamed at once when small, a background job when large. */
@Controller
class ExportController {

    private final FormAccess access;
    private final Forms forms;
    private final SubmissionExports exports;
    private final AttachmentExport attachments;
    private final ExportTexts texts;
    private final ExportStarter starter;
    private final ExportProperties properties;
    private final FormMedia media;

    ExportController(FormAccess access, Forms forms, SubmissionExports exports, AttachmentExport attachments, ExportTexts texts,
            ExportStarter starter, ExportProperties properties, FormMedia media) {
        this.media = media;
        this.access = access;
        this.forms = forms;
        this.exports = exports;
        this.attachments = attachments;
        this.texts = texts;
        this.starter = starter;
        this.properties = properties;
    }

    @GetMapping("/collect/forms/{formId}/export")
    String page(@PathVariable long formId, Model model) {
        CollectForm form = access.readable(formId, CurrentUser.required()).form();
        long count = exports.count(formId);
        model.addAttribute("form", form);
        model.addAttribute("count", count);
        model.addAttribute("background", count > properties.backgroundOver());
        model.addAttribute("formats", ExportOptions.Format.values());
        return "collect/submissions-export";
    }

    @PostMapping("/collect/forms/{formId}/export")
    void export(@PathVariable long formId, @RequestParam(defaultValue = "CSV") String format,
            @RequestParam(defaultValue = "codes") String values, @RequestParam(defaultValue = "false") boolean split,
            HttpServletResponse response) throws IOException {
        KozomolPrincipal user = CurrentUser.required();
        CollectForm form = access.readable(formId, user).form();
        Locale locale = LocaleContextHolder.getLocale();
        FormModel formModel = forms.model(form.currentVersionId());
        FormTexts formTexts = FormTexts.of(formModel, locale, media.data(formId, formModel));
        ExportOptions.Format chosen;
        try {
            chosen = ExportOptions.Format.valueOf(format);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ExportOptions options = new ExportOptions(chosen, "labels".equals(values), split, formTexts.language());
        if (exports.count(formId) > properties.backgroundOver()) {
            UUID job = starter.start(formId, options, locale, user);
            response.sendRedirect("/jobs/" + job);
            return;
        }
        String name = SubmissionExports.fileName(form, options, SubmissionExports.hasRepeats(formTexts));
        response.setContentType(switch (chosen) {
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case CSV -> name.endsWith(".zip") ? "application/zip" : "text/csv;charset=UTF-8";
            case ATTACHMENTS -> "application/zip";
        });
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                .build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (chosen == ExportOptions.Format.ATTACHMENTS) {
            attachments.write(formId, response.getOutputStream(), done -> { });
        } else {
            exports.write(form, formTexts, options, response.getOutputStream(), done -> { }, texts.readme(locale));
        }
        response.flushBuffer();
    }
}
