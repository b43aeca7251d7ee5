package kg.kozomol.collect.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.support.KozomolTest;

/**
 * A submission names a form (and an import, if one made it) that exists, checked once per statement rather than row by
 * row (V93, V95): an insert naming no form or no import is refused whole, a form or an import record with submissions
 * cannot be deleted, and a submission cannot move to another form.
 */
@KozomolTest
class SubmissionFormGuardIT {

    private static final String COPY_OF = """
            insert into collect_submission (form_id, instance_id, root_instance_id, form_version, xml, xml_md5)
            select :form, instance_id || :suffix, instance_id || :suffix, form_version, xml, xml_md5 from collect_submission
            where form_id = :source
            """;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    SubmissionsWorld field;

    @BeforeEach
    void twoSubmissions() throws Exception {
        field = new SubmissionsWorld(context, mvc);
        field.submit(SubmissionsWorld.xml("uuid:a", "Школа №1 Каракол", "yes", "", "", "", "90"));
        field.submit(SubmissionsWorld.xml("uuid:b", "Лицей Ысык-Көл", "no", "", "", "", "70"));
    }

    long submissions() {
        return jdbc.sql("select count(*) from collect_submission where form_id = :form").param("form", field.form.id()).query(Long.class)
                .single();
    }

    @Test
    void rowsNamingAFormThatExistsGoIn() {
        int added = jdbc.sql(COPY_OF).param("form", field.form.id()).param("suffix", "-copy").param("source", field.form.id()).update();

        assertThat(added).isEqualTo(2);
        assertThat(submissions()).isEqualTo(4);
    }

    @Test
    void aStatementWithOneRowNamingNoFormIsRefusedWhole() {
        long before = submissions();
        String mixed = COPY_OF.replace("select :form,", "select case when instance_id = 'uuid:b' then :form + 1000000 else :form end,");

        assertThatThrownBy(() -> jdbc.sql(mixed).param("form", field.form.id()).param("suffix", "-copy").param("source", field.form.id())
                .update()).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("form_id names no collect_form");
        assertThat(submissions()).isEqualTo(before);
    }

    @Test
    void aFormWithSubmissionsCannotBeDeleted() {
        assertThatThrownBy(() -> jdbc.sql("delete from collect_form where id = :id").param("id", field.form.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("submissions still name this form");
        assertThat(jdbc.sql("select count(*) from collect_form where id = :id").param("id", field.form.id()).query(Long.class).single())
                .isOne();
    }

    @Test
    void anImportedRowMustNameAnImportThatExistsAndKeepsItsImportRecord() {
        long importId = jdbc.sql("insert into collect_import (form_id, form_version, file_name) values (:form, '1', 'kobo.csv') returning id")
                .param("form", field.form.id()).query(Long.class).single();
        String imported = COPY_OF.replace("form_version, xml, xml_md5)", "form_version, xml, xml_md5, import_id)")
                .replace("xml, xml_md5 from", "xml, xml_md5, cast(:import as bigint) from");

        assertThatThrownBy(() -> jdbc.sql(imported).param("form", field.form.id()).param("suffix", "-x").param("source", field.form.id())
                .param("import", importId + 1000).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("import_id names no collect_import");
        assertThat(jdbc.sql(imported).param("form", field.form.id()).param("suffix", "-i").param("source", field.form.id())
                .param("import", importId).update()).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.sql("delete from collect_import where id = :id").param("id", importId).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("submissions still name this import");
        assertThatThrownBy(() -> jdbc.sql("update collect_submission set import_id = null where import_id = :id").param("id", importId)
                .update()).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("import_id does not change");
    }

    @Test
    void aSubmissionStaysWithItsForm() {
        long other = new SubmissionsWorld(context, mvc).form.id();

        assertThatThrownBy(() -> jdbc.sql("update collect_submission set form_id = :other where form_id = :form")
                .param("other", other).param("form", field.form.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("form_id does not change");
        assertThat(jdbc.sql("update collect_submission set status = 'APPROVED' where form_id = :form").param("form", field.form.id()).update())
                .isEqualTo(2);
    }
}
