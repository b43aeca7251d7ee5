package kg.kozomol.collect.export;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.FormMedia;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.review.FormTexts;
import kg.kozomol.files.FileUpload;
import kg.kozomol.files.FileVisibility;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.jobs.JobContext;
import kg.kozomol.jobs.JobFailedException;
import kg.kozomol.jobs.JobHandler;

/**
 * A large export as a background job: written to a temporary file with a progress bar, then kept in the file store
 * for the person who asked (only they can download it). An interrupted export starts over.
 */
@Component
class ExportJob implements JobHandler {

    static final String TYPE = "collect.export";
    static final Set<String> TYPES = Set.of("text/plain", "text/csv", "application/zip", "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Forms forms;
    private final SubmissionExports exports;
    private final AttachmentExport attachments;
    private final ExportTexts texts;
    private final StoredFiles files;
    private final FormMedia media;

    ExportJob(Forms forms, SubmissionExports exports, AttachmentExport attachments, ExportTexts texts, StoredFiles files,
            FormMedia media) {
        this.media = media;
        this.forms = forms;
        this.exports = exports;
        this.attachments = attachments;
        this.texts = texts;
        this.files = files;
    }

    static Map<String, Object> params(long formId, ExportOptions options, Locale locale) {
        Map<String, Object> params = options.params();
        params.put("formId", formId);
        params.put("locale", locale.toLanguageTag());
        return params;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) throws Exception {
        long formId = ((Number) context.params().get("formId")).longValue();
        ExportOptions options = ExportOptions.of(context.params());
        Locale locale = Locale.forLanguageTag((String) context.params().get("locale"));
        CollectForm form = forms.find(formId).orElseThrow(() -> new JobFailedException("collect.export.formGone"));
        FormModel model = forms.model(form.currentVersionId());
        FormTexts formTexts = new FormTexts(model, options.language(), media.data(formId, model));
        long total = exports.count(formId) * (options.format() == ExportOptions.Format.ATTACHMENTS ? 1
                : ExportTable.of(form.xmlFormId(), formTexts, options.split()).size());
        context.progress(0, total);
        Path temp = Files.createTempFile("collect-export", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (options.format() == ExportOptions.Format.ATTACHMENTS) {
                    attachments.write(formId, out, done -> context.progress(done, total));
                } else {
                    exports.write(form, formTexts, options, out, done -> context.progress(done, total), texts.readme(locale));
                }
            }
            if (context.shouldStop()) {
                return;
            }
            try (InputStream content = Files.newInputStream(temp)) {
                StoredFile file = files.store(new FileUpload("collect.export",
                        SubmissionExports.fileName(form, options, SubmissionExports.hasRepeats(formTexts)), content, TYPES, 0,
                        FileVisibility.OWNER, null), context.createdBy());
                context.setResultFile(file.id());
            }
            context.progress(total, total);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
