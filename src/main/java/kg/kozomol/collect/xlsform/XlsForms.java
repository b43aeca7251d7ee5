package kg.kozomol.collect.xlsform;

import java.util.Map;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.ImportedForm;

/** XLSForm to form model and ODK XForm; nothing is written for a form with problems. */
public final class XlsForms {

    private XlsForms() {
    }

    /**
     * @param fallbackId the form id when the settings sheet has none (derived from the file name)
     * @param fallbackVersion the version when the settings sheet has none, so every upload is a distinct version
     * @throws XlsFormFileException when the bytes are not a readable workbook or exceed the ZIP limits
     */
    public static ImportedForm read(byte[] xlsx, String fallbackId, String fallbackVersion) {
        Map<String, Sheet> sheets = XlsFormReader.read(xlsx);
        Problems problems = new Problems();
        FormModel model = new FormBuilder(sheets, problems).build(fallbackId, fallbackVersion);
        new FormChecker(model, sheets.get("survey"), problems).check();
        if (!problems.isEmpty()) {
            return new ImportedForm(model, null, problems.list());
        }
        return new ImportedForm(model, new XFormWriter(model).write(), problems.list());
    }
}
