package kg.kozomol.collect.imports;

import org.springframework.stereotype.Component;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.Forms;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;

/** The form to import into: 404 when the user cannot see its study, 403 when they may not edit it. */
@Component
public class ImportTarget {

    private final Forms forms;
    private final StudyAccess access;

    ImportTarget(Forms forms, StudyAccess access) {
        this.forms = forms;
        this.access = access;
    }

    public CollectForm editable(long formId, KozomolPrincipal user) {
        CollectForm form = forms.find(formId).orElseThrow(() -> new NotFoundException("form " + formId));
        access.readable(form.studyId(), user);
        access.editable(form.studyId(), user);
        return form;
    }

    public Study study(CollectForm form, KozomolPrincipal user) {
        return access.readable(form.studyId(), user);
    }
}
