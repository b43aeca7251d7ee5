package kg.kozomol.collect.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.collect.AnswerCheck;
import kg.kozomol.collect.FormData;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.FormVersion;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.Submissions;
import kg.kozomol.collect.openrosa.SubmissionReader;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/** Every writer of a submission's XML stores its answers with it; the backfill fills the rows stored without them. */
@KozomolTest
class StoredAnswersIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Submissions submissions;
    @Autowired Forms forms;
    @Autowired TransactionTemplate tx;
    @Autowired StoredAnswersBackfill backfill;

    SubmissionsWorld field;

    @BeforeEach
    void form() {
        field = new SubmissionsWorld(context, mvc);
    }

    private record Row(String instanceId, byte[] xml, byte[] answers) {
    }

    List<Row> rows() {
        return field.world.fixtures.jdbc().sql("select instance_id, xml, answers from collect_submission where form_id = :form order by id")
                .param("form", field.form.id()).query((rs, n) -> new Row(rs.getString(1), rs.getBytes(2), rs.getBytes(3))).list();
    }

    /** Each row's answers are the encoding of its own XML. */
    void assertStored(int rows) {
        assertThat(rows()).hasSize(rows).allSatisfy(row -> {
            assertThat(row.answers()).as(row.instanceId()).isNotNull().isEqualTo(StoredAnswers.encode(row.xml()));
            assertThat(StoredAnswers.tree(row.answers())).isEqualTo(AnswerTrees.read(row.xml()).root());
        });
    }

    static byte[] xml(String instanceId) {
        return SubmissionsWorld.xml(instanceId, "Школа, \"Каракол\"", "yes", "steps narrow", "", "", "90", "Кабинет 1", "Кабинет 2")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPhonesSubmissionAndItsEditStoreTheirAnswers() throws Exception {
        field.submit(new String(xml("uuid:a"), StandardCharsets.UTF_8));
        field.submit(new String(xml("uuid:b"), StandardCharsets.UTF_8).replace("<instanceID>uuid:b</instanceID>",
                "<instanceID>uuid:b</instanceID><deprecatedID>uuid:a</deprecatedID>"));
        assertStored(2);
    }

    @Test
    void aWebFormSubmissionStoresItsAnswers() {
        byte[] xml = xml("uuid:web");
        tx.executeWithoutResult(s -> submissions.receiveFromWeb(field.world.study.id(), field.world.researcherAccount.id(),
                field.world.study.organisationId(), xml, SubmissionReader.read(xml), Map.of()));
        assertStored(1);
    }

    @Test
    void aReviewersCorrectionStoresTheCorrectedAnswers() throws Exception {
        field.submit(new String(xml("uuid:a"), StandardCharsets.UTF_8));
        long id = field.world.fixtures.count("select id from collect_submission where form_id = " + field.form.id());
        mvc.perform(post("/collect/submissions/" + id + "/edit").param("version", "0").param("answer.school", "Лицей «Нарын»")
                .with(csrf()).with(TestUsers.as(field.world.researcher))).andExpect(status().is3xxRedirection());
        assertStored(2);
        assertThat(StoredAnswers.tree(rows().get(1).answers()).value(List.of("school"))).contains("Лицей «Нарын»");
    }

    @Test
    void importedSubmissionsStoreTheirAnswers() {
        FormVersion version = forms.version(field.form.id(), "1").orElseThrow();
        FormData data = submissions.importData(version);
        FormModel model = forms.model(version.id());
        long importId = field.world.fixtures.jdbc().sql("""
                insert into collect_import (form_id, form_version, file_name) values (:form, '1', 'kobo.csv') returning id
                """).param("form", field.form.id()).query(Long.class).single();
        tx.executeWithoutResult(s -> submissions.storeImported(field.form, version, importId, false, List.of(
                submissions.prepareImported(AnswerCheck.of(model, data), xml("uuid:i1"), SubmissionReader.read(xml("uuid:i1")),
                        StoredAnswers.encode(xml("uuid:i1"))),
                submissions.prepareImported(AnswerCheck.of(model, data), xml("uuid:i2"), SubmissionReader.read(xml("uuid:i2")),
                        StoredAnswers.encode(xml("uuid:i2"))))));
        assertStored(2);
    }

    @Test
    void theBackfillFillsRowsStoredWithoutAnswersAndLeavesTheirVersion() throws Exception {
        for (int i = 0; i < StoredAnswersBackfill.BATCH + 3; i++) {
            field.submit(new String(xml("uuid:" + i), StandardCharsets.UTF_8));
        }
        field.world.fixtures.jdbc().sql("update collect_submission set answers = null where form_id = :form").param("form", field.form.id())
                .update();
        assertThat(backfill.fill()).isEqualTo(StoredAnswersBackfill.BATCH + 3);
        assertStored(StoredAnswersBackfill.BATCH + 3);
        assertThat(field.world.fixtures.count("select max(version) from collect_submission where form_id = " + field.form.id())).isZero();
        assertThat(backfill.fill()).isZero();
    }
}
