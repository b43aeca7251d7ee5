package kg.kozomol.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.collect.AppUser;
import kg.kozomol.collect.AppUsers;
import kg.kozomol.collect.CollectWorld;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.ImportedForm;
import kg.kozomol.collect.XlsFormFixture;
import kg.kozomol.stats.Domains;
import kg.kozomol.stats.Estimate;
import kg.kozomol.stats.Mean;
import kg.kozomol.stats.SurveyData;
import kg.kozomol.stats.SurveyDesign;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Submissions sent by a phone through the OpenRosa endpoint become a dataset: flattened and typed from the form,
 * only the latest edit of each record and no rejected one, repeats left out and said so, a snapshot that later
 * submissions do not change; and its analysis equals the stats engine's on the same rows.
 */
@KozomolTest
class SubmissionDatasetIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;
    @Autowired Forms forms;
    @Autowired AppUsers appUsers;
    @Autowired Datasets datasets;
    @Autowired Analyses analyses;
    @Autowired JdbcClient jdbc;

    CollectWorld world;
    long formId;
    String base;

    static XlsFormFixture household() {
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)");
        f.row("survey", "select_one region", "region", "Регион");
        f.row("survey", "note", "intro", "Спасибо");
        f.row("survey", "begin group", "hh", "Домохозяйство");
        f.row("survey", "integer", "size", "Человек");
        f.row("survey", "decimal", "spend", "Расходы");
        f.row("survey", "end group");
        f.row("survey", "select_multiple assets", "assets", "Имущество");
        f.row("survey", "decimal", "w", "Вес");
        f.row("survey", "begin repeat", "members", "Члены");
        f.row("survey", "text", "name", "Имя");
        f.row("survey", "end repeat");
        f.sheet("choices", "list_name", "name", "label::Russian (ru)");
        f.row("choices", "region", "1", "Север");
        f.row("choices", "region", "2", "Юг");
        f.row("choices", "assets", "tv", "Телевизор");
        f.row("choices", "assets", "car", "Машина");
        f.sheet("settings", "form_id", "form_title", "version");
        f.row("settings", "household", "Опрос домохозяйств", "3");
        return f;
    }

    static String submission(String id, String region, String size, String spend, String assets, String w, String deprecated) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <data id="household" version="3">
                  <region>%s</region><intro/><hh><size>%s</size><spend>%s</spend></hh><assets>%s</assets><w>%s</w>
                  <members><name>А</name></members><members><name>Б</name></members>
                  <meta><instanceID>%s</instanceID>%s</meta>
                </data>
                """.formatted(region, size, spend, assets, w, id,
                deprecated == null ? "" : "<deprecatedID>" + deprecated + "</deprecatedID>");
    }

    void send(String xml) throws Exception {
        mvc.perform(multipart(base + "/submission").file(new MockMultipartFile("xml_submission_file", "submission.xml",
                "text/xml", xml.getBytes(StandardCharsets.UTF_8))).header("X-OpenRosa-Version", "1.0"))
                .andExpect(status().isCreated());
    }

    @BeforeEach
    void formAndSubmissions() throws Exception {
        world = new CollectWorld(context);
        ImportedForm imported = tx.execute(s -> forms.upload(world.study.id(), "household.xlsx", household().bytes(),
                world.researcher));
        assertThat(imported.problems()).isEmpty();
        formId = forms.ofStudy(world.study.id()).get(0).id();
        AppUser phone = tx.execute(s -> appUsers.create(world.study.id(), "Телефон", world.researcher));
        base = "/collect/key/" + phone.token();
        send(submission("uuid:1", "1", "4", "120.5", "tv car", "10", null));
        send(submission("uuid:2", "1", "2", "80", "", "12", null));
        send(submission("uuid:3", "2", "5", "200", "car", "8", null));
        send(submission("uuid:4", "2", "3", "", "tv", "9", null));
        send(submission("uuid:5", "1", "6", "300", "tv", "11", null));
        send(submission("uuid:6", "2", "1", "50", "tv", "10", null));
        send(submission("uuid:2b", "1", "7", "90", "tv", "12", "uuid:2"));
        send(submission("uuid:rejected", "2", "99", "999", "tv", "1", null));
        // no review workflow yet sets the status: as it will, once a submission is rejected
        jdbc.sql("update collect_submission set status = 'REJECTED' where instance_id = 'uuid:rejected' and form_id = :form")
                .param("form", formId).update();
    }

    long take() throws Exception {
        String location = mvc.perform(post("/studies/" + world.study.id() + "/datasets/submissions").param("form",
                        String.valueOf(formId)).with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(redirectedUrlPattern("/datasets/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theCurrentSubmissionsBecomeAFlatTypedSnapshotAndAnalyseAsTheEngineDoes() throws Exception {
        mvc.perform(get("/studies/" + world.study.id() + "/datasets").with(TestUsers.as(world.researcher)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Опрос домохозяйств")))
                .andExpect(content().string(containsString("Использовать анкеты этой формы")));
        long id = take();
        Dataset dataset = datasets.find(id).orElseThrow();
        assertThat(dataset.source()).isEqualTo("SUBMISSIONS");
        assertThat(dataset.rows()).as("six records: uuid:2 replaced by its edit, the rejected one left out").isEqualTo(6);
        assertThat(dataset.columns()).extracting(DatasetColumn::name, DatasetColumn::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("region", ColumnType.CATEGORICAL),
                org.assertj.core.groups.Tuple.tuple("hh/size", ColumnType.NUMERIC),
                org.assertj.core.groups.Tuple.tuple("hh/spend", ColumnType.NUMERIC),
                org.assertj.core.groups.Tuple.tuple("assets/tv", ColumnType.NUMERIC),
                org.assertj.core.groups.Tuple.tuple("assets/car", ColumnType.NUMERIC),
                org.assertj.core.groups.Tuple.tuple("w", ColumnType.NUMERIC));
        assertThat(dataset.origin().formVersion()).isEqualTo("3");
        assertThat(dataset.origin().takenAt()).isNotNull();
        assertThat(dataset.origin().repeatsLeftOut()).containsExactly("members");

        SurveyData data = datasets.data(dataset);
        assertThat(data.factor("region").levels()).containsExactly("1", "2");
        // in the order received, the edit where it arrived
        assertThat(data.numeric("hh/size").values()).containsExactly(4, 5, 3, 6, 1, 7);
        assertThat(data.numeric("hh/spend").values()[2]).isNaN();
        assertThat(data.numeric("assets/tv").values()).containsExactly(1, 0, 1, 1, 1, 1);
        assertThat(data.numeric("assets/car").values()).containsExactly(1, 1, 0, 0, 0, 0);

        mvc.perform(get("/datasets/" + id).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Анкеты версии формы 3, взяты")))
                .andExpect(content().string(containsString("Повторяющиеся группы не включены (много ответов на анкету): members.")));

        String location = mvc.perform(post("/datasets/" + id + "/analyses").param("title", "Размер по регионам")
                        .param("weights", "w").param("lonelyPsu", "FAIL").param("estimator", "MEAN").param("variable", "hh/size")
                        .param("domainVariable", "region").with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(redirectedUrlPattern("/analyses/*")).andReturn().getResponse().getRedirectedUrl();
        Analysis analysis = analyses.find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
        AnalysisResult result = analyses.run(dataset, analysis.definition());

        SurveyData direct = SurveyData.builder().text("region", "1", "2", "2", "1", "2", "1")
                .numeric("hh/size", 4, 5, 3, 6, 1, 7).numeric("w", 10, 8, 9, 11, 10, 12).build();
        List<Estimate> expected = Domains.by(SurveyDesign.of(direct).weights("w").build(), "region", d -> Mean.of(d, "hh/size"))
                .stream().map(e -> e.result()).toList();
        assertThat(result.rows()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(result.rows().get(i).estimate()).isEqualTo(expected.get(i).estimate());
            assertThat(result.rows().get(i).se()).isEqualTo(expected.get(i).se());
            assertThat(result.rows().get(i).suppressed()).isTrue();
        }
        assertThat(result.rows()).extracting(ResultRow::domain).containsExactly("region = 1", "region = 2");

        send(submission("uuid:later", "1", "2", "10", "tv", "5", null));
        assertThat(datasets.data(datasets.find(id).orElseThrow()).rows()).as("a snapshot").isEqualTo(6);
        assertThat(datasets.find(take()).orElseThrow().rows()).isEqualTo(7);
    }

    @Test
    void aFormOfAnotherStudyOrWithoutSubmissionsIsRefusedWithAMessage() throws Exception {
        CollectWorld other = new CollectWorld(context);
        tx.execute(s -> forms.upload(other.study.id(), "household.xlsx", household().bytes(), other.researcher));
        long foreign = forms.ofStudy(other.study.id()).get(0).id();
        long before = jdbc.sql("select count(*) from analysis_dataset").query(Long.class).single();
        mvc.perform(post("/studies/" + world.study.id() + "/datasets/submissions").param("form", String.valueOf(foreign))
                        .with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Выберите форму этого исследования.")));
        mvc.perform(post("/studies/" + other.study.id() + "/datasets/submissions").param("form", String.valueOf(foreign))
                        .with(TestUsers.as(other.researcher)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("пока нет анкет для анализа")));
        mvc.perform(post("/studies/" + world.study.id() + "/datasets/submissions").param("form", String.valueOf(formId))
                        .with(TestUsers.as(other.researcher)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from analysis_dataset").query(Long.class).single()).isEqualTo(before);
    }
}
