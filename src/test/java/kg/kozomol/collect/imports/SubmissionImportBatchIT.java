package kg.kozomol.collect.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.CollectWorld;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.Submissions;
import kg.kozomol.collect.XlsFormFixture;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.tracker.ImportFiles;

/**
 * The import writes in batches (here of three rows, so a few rows span several writes) and keeps every guarantee of
 * the row-by-row import: duplicates within the file and ids already present are skipped and counted, each stored
 * submission has its audit entry and consent record, and a bad row after several written batches leaves nothing.
 */
@KozomolTest
class SubmissionImportBatchIT {

    static final int BATCH = 3;

    @Autowired ApplicationContext context;
    @Autowired Forms forms;
    @Autowired Submissions submissions;
    @Autowired StoredFiles files;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    CollectWorld world;
    CollectForm form;
    SubmissionImport imports;

    @BeforeEach
    void form() {
        world = new CollectWorld(context);
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)");
        f.row("survey", "text", "school", "Школа");
        f.row("survey", "integer", "width", "Ширина");
        f.row("survey", "select_one yes_no", "consent_recording", "Запись?");
        f.row("survey", "select_one yes_no", "consent_quotation", "Цитаты?");
        f.sheet("choices", "list_name", "name", "label::Russian (ru)");
        f.row("choices", "yes_no", "yes", "Да");
        f.row("choices", "yes_no", "no", "Нет");
        f.sheet("settings", "form_id", "form_title", "version");
        f.row("settings", "batch_test", "Школы", "1");
        assertThat(forms.upload(world.study.id(), "batch.xlsx", f.bytes(), world.researcher).valid()).isTrue();
        form = forms.byXmlFormId(world.study.id(), "batch_test").orElseThrow();
        imports = new SubmissionImport(forms, submissions, files, new SubmissionImportProperties(1 << 30, 200, BATCH), jdbc);
    }

    @Test
    void rowsSpanningSeveralBatchesAreStoredOnceEachWithAuditAndConsent() {
        apply(rows(7, null));
        // the same file again, plus an id met twice in the file: everything is counted, nothing stored twice
        List<List<String>> again = rows(8, null);
        again.add(List.of("Дубликат", "60", "no", "yes", uuid(8)));
        ImportReport report = apply(again);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.present()).as("already stored before this import").isEqualTo(7);
        assertThat(report.repeated()).as("the id met twice in the file, as the check counts it").isEqualTo(1);
        assertThat(report.repeatedRows()).containsExactly(10L);
        assertThat(count("select count(*) from collect_submission where form_id = " + form.id())).isEqualTo(8);
        assertThat(jdbc.sql("select convert_from(xml, 'UTF8') from collect_submission where form_id = :f and instance_id = :i")
                .param("f", form.id()).param("i", "uuid:" + uuid(8)).query(String.class).single())
                .contains("<school>Школа 8</school>").doesNotContain("Дубликат");
        assertThat(count("select count(*) from audit_event where entity_type = 'collect_submission' and entity_id in "
                + "(select id::text from collect_submission where form_id = " + form.id() + ")")).isEqualTo(8);
        assertThat(count("select count(*) from collect_consent where form_id = " + form.id() + " and recording and not quotation"))
                .isEqualTo(8);
        assertThat(count("select count(*) from audit_event where entity_type = 'collect_consent' and entity_id in "
                + "(select submission_id::text from collect_consent where form_id = " + form.id() + ")")).isEqualTo(8);
        assertThat(count("select count(*) from collect_submission where form_id = " + form.id()
                + " and xml_md5 = md5(xml) and issues = '[]'::jsonb")).isEqualTo(8);
    }

    @Test
    void aBadRowAfterSeveralWrittenBatchesLeavesNothingStored() {
        StoredFile file = store(rows(10, "широкая"));
        long auditBefore = count("select count(*) from audit_event");
        assertThatThrownBy(() -> apply(file)).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.report().problems()).singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(11);
                    assertThat(p.column()).isEqualTo("width");
                }));
        assertThat(count("select count(*) from collect_submission where form_id = " + form.id())).isZero();
        assertThat(count("select count(*) from collect_consent where form_id = " + form.id())).isZero();
        assertThat(count("select count(*) from audit_event")).isEqualTo(auditBefore);
    }

    /** {@code n} good rows; with {@code lastWidth}, the last row's width is that (bad) value. */
    private static List<List<String>> rows(int n, String lastWidth) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("school", "width", "consent_recording", "consent_quotation", "_uuid"));
        for (int i = 1; i <= n; i++) {
            rows.add(List.of("Школа " + i, i == n && lastWidth != null ? lastWidth : String.valueOf(60 + i), "yes", "no", uuid(i)));
        }
        return rows;
    }

    private static String uuid(int i) {
        return String.format("7b2c3d4e-0000-4000-8000-%012d", i);
    }

    private ImportReport apply(List<List<String>> rows) {
        return apply(store(rows));
    }

    private StoredFile store(List<List<String>> rows) {
        return imports.store(world.study.organisationId(), "batch.csv", new ByteArrayInputStream(ImportFiles.csv(',', rows)));
    }

    private ImportReport apply(StoredFile file) {
        return transactions.execute(s -> imports.apply(form, file, false, done -> { }));
    }

    private long count(String sql) {
        return world.fixtures.count(sql);
    }
}
