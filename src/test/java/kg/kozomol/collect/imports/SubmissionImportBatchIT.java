package kg.kozomol.collect.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * submission has its consent record and names its import, whose one audit entry stands for them, and a bad row after
 * several written batches leaves nothing.
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
    @Autowired ImportRecords records;

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
        imports = new SubmissionImport(forms, submissions, files, new SubmissionImportProperties(1 << 30, 200, BATCH), jdbc, records);
    }

    @Test
    void rowsSpanningSeveralBatchesAreStoredOnceEachWithConsentUnderTheirAuditedImport() {
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
        // 7 from the first import, 1 from the second; each import has one audit entry with its counts, the rows none
        assertThat(jdbc.sql("select count(*) from collect_submission s join collect_import i on i.id = s.import_id"
                + " where s.form_id = :f group by i.id order by i.id").param("f", form.id()).query(Long.class).list()).containsExactly(7L, 1L);
        assertThat(jdbc.sql("""
                select e.after_state ->> 'rows' || '/' || (e.after_state ->> 'added') || '/' || (e.after_state ->> 'present')
                        || '/' || (e.after_state ->> 'repeated')
                from audit_event e join collect_import i on e.entity_type = 'collect_import' and e.entity_id = i.id::text
                where i.form_id = :f order by i.id
                """).param("f", form.id()).query(String.class).list()).containsExactly("7/7/0/0", "9/1/7/1");
        assertThat(count("select count(*) from audit_event where entity_type in ('collect_submission', 'collect_consent') and entity_id in "
                + "(select id::text from collect_submission where form_id = " + form.id() + ")")).isZero();
        assertThat(count("select count(*) from collect_consent where form_id = " + form.id() + " and recording and not quotation"))
                .isEqualTo(8);
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
        assertThat(count("select count(*) from collect_import where form_id = " + form.id())).isZero();
        assertThat(count("select count(*) from audit_event")).isEqualTo(auditBefore);
    }

    @Test
    void anImportStoppedAfterSeveralWrittenBatchesLeavesNothingStored() {
        StoredFile file = store(rows(10, null));
        long auditBefore = count("select count(*) from audit_event");
        assertThatThrownBy(() -> transactions.execute(s -> imports.apply(form, file, false, done -> {
            if (done >= 2 * BATCH) {
                throw new IllegalStateException("shutting down");
            }
        }))).hasMessage("shutting down");
        assertThat(count("select count(*) from collect_submission where form_id = " + form.id())).isZero();
        assertThat(count("select count(*) from collect_consent where form_id = " + form.id())).isZero();
        assertThat(count("select count(*) from collect_import where form_id = " + form.id())).isZero();
        assertThat(count("select count(*) from audit_event")).isEqualTo(auditBefore);

        assertThat(apply(file).added()).isEqualTo(10); // run again, as the job is, it stores everything once
        assertThat(count("select count(*) from collect_submission where form_id = " + form.id())).isEqualTo(10);
    }

    @Test
    void aSubmissionWithAnIdFromTheFileArrivingDuringTheImportRefusesItWhole() throws Exception {
        StoredFile file = store(rows(10, null));
        CountDownLatch inserted = new CountDownLatch(1);
        Thread phone = new Thread(() -> transactions.executeWithoutResult(s -> {
            // a phone's submission of row 8, stored after the import looked the ids of its batch up, before it writes them
            jdbc.sql("""
                    insert into collect_submission (form_id, instance_id, root_instance_id, form_version, xml, xml_md5)
                    values (:f, :i, :i, '1', :xml, md5(:xml))
                    """).param("f", form.id()).param("i", "uuid:" + uuid(8)).param("xml", "<data/>".getBytes(StandardCharsets.UTF_8))
                    .update();
            inserted.countDown();
            sleep(1500);
        }));
        assertThatThrownBy(() -> transactions.execute(s -> imports.apply(form, file, false, done -> {
            if (done == 2 * BATCH) {
                phone.start();
                await(inserted);
            }
        }))).isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.report().problems()).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("collect.import.problem.arrivedMeanwhile")));
        phone.join();
        assertThat(jdbc.sql("select instance_id from collect_submission where form_id = :f").param("f", form.id())
                .query(String.class).list()).containsExactly("uuid:" + uuid(8));
        assertThat(count("select count(*) from collect_import where form_id = " + form.id())).isZero();

        ImportReport again = apply(file);
        assertThat(again.added()).isEqualTo(9);
        assertThat(again.present()).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
