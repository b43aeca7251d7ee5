package kg.kozomol.collect.review;

import org.springframework.stereotype.Component;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.Forms;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;

/** A form and its submissions are readable with their study, and changeable by whoever may edit the study. */
@Component
public class FormAccess {

    private final Forms forms;
    private final StudyAccess access;
    private final SubmissionBrowser browser;

    FormAccess(Forms forms, StudyAccess access, SubmissionBrowser browser) {
        this.forms = forms;
        this.access = access;
        this.browser = browser;
    }

    public record Readable(CollectForm form, Study study, boolean canEdit) {
    }

    /** @throws NotFoundException when there is no such form or its study is hidden from the user */
    public Readable readable(long formId, KozomolPrincipal user) {
        CollectForm form = forms.find(formId).orElseThrow(() -> new NotFoundException("form " + formId));
        Study study = access.readable(form.studyId(), user);
        return new Readable(form, study, access.canEdit(study, user));
    }

    public CollectForm editable(long formId, KozomolPrincipal user) {
        CollectForm form = forms.find(formId).orElseThrow(() -> new NotFoundException("form " + formId));
        access.editable(form.studyId(), user);
        return form;
    }

    public SubmissionRow submission(long submissionId, KozomolPrincipal user) {
        SubmissionRow row = browser.find(submissionId).orElseThrow(() -> new NotFoundException("submission " + submissionId));
        readable(row.formId(), user);
        return row;
    }
}
