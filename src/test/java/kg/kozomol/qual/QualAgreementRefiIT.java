package kg.kozomol.qual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.qual.refi.RefiProject;
import kg.kozomol.qual.refi.RefiReader;
import kg.kozomol.qual.refi.RefiSchema;
import kg.kozomol.qual.refi.RefiVariableValue;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Agreement numbers on a fixture worked out by hand, the disagreements view, who may see what, and REFI-QDA: a
 * project exported and imported again keeps its codebook, texts and codings; bad archives import nothing.
 */
@KozomolTest
class QualAgreementRefiIT {

    /** Four speaker turns. */
    private static final String TEXT = """
            Интервьюер: Как прошла неделя?
            Р1: Неделя прошла спокойно.
            Интервьюер: А работа?
            Р1: Работы пока нет, ищу 😀 дальше.
            """;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Cases cases;
    @Autowired Codebook codebook;
    @Autowired Transcripts transcripts;
    @Autowired PseudonymReview review;
    @Autowired Codings codings;
    @Autowired QualProjects projects;
    @Autowired Memos memos;
    QualWorld world;
    String base;
    long support;
    long silence;
    long first;
    long second;

    @BeforeEach
    void setUp() {
        world = new QualWorld(context);
        base = "/qual/projects/" + world.project.id();
        QualWorld.as(world.lead, () -> {
            long parent = codebook.create(world.project.id(), "Поддержка", "Кто помогает", "#aa3300", null).id();
            support = codebook.create(world.project.id(), "Работа", null, null, parent).id();
            silence = codebook.create(world.project.id(), "Молчание", null, null, null).id();
            first = released(world.project.id(), "Р-1", "Первое интервью");
            second = released(world.project.id(), "Р-2", "Второе интервью");
            // Lead: turns 1-3 of the first transcript, turn 1 of the second; the coder: turns 1-2 of the first only.
            for (int unit : new int[] {1, 2, 3}) {
                codings.applyToUnit(first, support, unit, world.lead);
            }
            codings.applyToUnit(second, support, 1, world.lead);
            codings.applyToUnit(first, support, 1, world.coder);
            codings.applyToUnit(first, support, 2, world.coder);
            return null;
        });
    }

    @Test
    void kappaAndAlphaMatchTheHandComputedValues() {
        Agreement result = QualWorld.as(world.lead, () -> context.getBean(QualAgreement.class)
                .compute(world.project, List.of(), AgreementUnit.TURNS, List.of(support, silence)));
        AgreementRow work = result.rows().stream().filter(r -> r.code().id() == support).findFirst().orElseThrow();
        // First transcript: lead T T T F, coder T T F F; the coder did not code the second one (missing there).
        // p_o = 3/4, p_e = (3·2 + 1·2)/16 = 1/2, so κ = 0.5; α = 1 − (2/8) / (2·5·3 / (8·7)) = 1 − 7/15.
        assertThat(work.kappa().n()).isEqualTo(4);
        assertThat(work.kappa().kappa().getAsDouble()).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(work.kappa().percentAgreement()).isEqualTo(75.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(work.alpha().alpha().getAsDouble()).isEqualTo(8.0 / 15, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(work.interpretation()).isEqualTo("qual.agreement.poor");
        AgreementRow none = result.rows().stream().filter(r -> r.code().id() == silence).findFirst().orElseThrow();
        assertThat(none.kappaUndefined()).isEqualTo("qual.agreement.undefined.noVariation");
        assertThat(none.alphaUndefined()).isEqualTo("qual.agreement.undefined.noVariation");
    }

    @Test
    void thePageShowsNumbersAndNotDefinedNeverNaN() throws Exception {
        mvc.perform(get(base + "/agreement").param("coder", id(world.lead), id(world.coder)).param("unit", "TURNS")
                .with(TestUsers.as(world.coder))).andExpect(status().isOk())
                .andExpect(content(allOf(containsString("0,500"), containsString("75,0 %"), containsString("0,533"),
                        containsString("не определено: все единицы получили одно и то же значение"), not(containsString("NaN")))));
        mvc.perform(get(base + "/agreement").param("unit", "CHARACTERS").with(TestUsers.as(world.coder)))
                .andExpect(status().isOk()).andExpect(content(containsString("0,")));
        mvc.perform(get(base + "/agreement").param("unit", "SENTENCES").with(TestUsers.as(world.lead)))
                .andExpect(status().isOk()).andExpect(content(not(containsString("NaN"))));
        mvc.perform(get(base + "/agreement").with(TestUsers.as(world.outsider))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/agreement/disagreements").param("code", Long.toString(silence)).with(TestUsers.as(world.outsider)))
                .andExpect(status().isNotFound());
    }

    @Test
    void disagreementsShowTheTextAndWhoAppliedTheCode() throws Exception {
        mvc.perform(get(base + "/agreement/disagreements").param("code", Long.toString(support))
                .param("coder", id(world.lead), id(world.coder)).with(TestUsers.as(world.coder))).andExpect(status().isOk())
                .andExpect(content(allOf(containsString("<td class=\"quote\">А работа?</td>"), containsString("не применил(а)"),
                        not(containsString("Неделя прошла спокойно")), not(containsString("Второе интервью")))));
    }

    @Test
    void exportAndImportAgainKeepCodebookTextsAndCodings() throws Exception {
        QualWorld.as(world.lead, () -> {
            long coding = world.fixtures.jdbc().sql("select min(id) from qual_coding where transcript_id = :t").param("t", first)
                    .query(Long.class).single();
            memos.add(world.project.id(), "code-" + support, "Работа — чаще всего неформальная", world.lead);
            memos.add(world.project.id(), "document-" + first, "Интервью прерывалось", world.lead);
            return memos.add(world.project.id(), "coding-" + coding, "Ср. второе интервью", world.coder);
        });
        byte[] qdpx = mvc.perform(get(base + "/refi/project.qdpx").with(TestUsers.as(world.lead))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        // A hierarchical codebook, users, variables, cases, sources, selections, codings and notes: the published schema
        // (when this machine has it) accepts all of it.
        assertThat(RefiSchema.validateQdpx(qdpx)).isEqualTo(RefiSchema.available());
        RefiProject exported = RefiReader.readQdpx(new ByteArrayInputStream(qdpx), RefiReader.Limits.DEFAULT).project();
        assertThat(exported.notes()).hasSize(3).allSatisfy(note -> assertThat(note.targetGuid()).isNotNull());
        assertThat(exported.cases()).allSatisfy(c -> assertThat(c.values()).extracting(RefiVariableValue::text)
                .containsExactlyInAnyOrder("ж", "Талас"));
        mvc.perform(get(base + "/refi/project.qdpx").with(TestUsers.as(world.coder))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/refi/codebook.qdc").with(TestUsers.as(world.coder))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/refi").with(TestUsers.as(world.outsider))).andExpect(status().isNotFound());
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'qual_refi_export' and entity_id = '"
                + world.project.id() + "'")).isEqualTo(1);

        Project copy = QualWorld.as(world.lead, () -> projects.addCoder(projects.create(world.study.id(), "Копия", world.lead).id(),
                world.coder.id()));
        mvc.perform(multipart("/qual/projects/" + copy.id() + "/refi/project").file(file("copy.qdpx", qdpx))
                .with(TestUsers.as(world.coder)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/qual/projects/" + copy.id() + "/refi/project").file(file("copy.qdpx", qdpx))
                .with(TestUsers.as(world.lead)).with(csrf())).andExpect(flash().attribute("flash", "qual.refi.projectImported"));
        List<Long> imported = world.fixtures.jdbc().sql("select id from qual_transcript where project_id = :p order by id")
                .param("p", copy.id()).query(Long.class).list();
        assertThat(imported).hasSize(2);
        assertThat(world.fixtures.jdbc().sql("select status from qual_transcript where project_id = :p").param("p", copy.id())
                .query(String.class).list()).containsOnly("REVIEW");
        QualWorld.as(world.lead, () -> {
            imported.forEach(this::rejectAllAndRelease);
            return null;
        });
        assertThat(snapshot(copy.id())).isEqualTo(snapshot(world.project.id()));
        assertThat(codebookOf(copy.id())).isEqualTo(codebookOf(world.project.id()));
        assertThat(cases.of(copy.id())).extracting(c -> c.label() + "|" + c.sex() + "|" + c.region())
                .containsExactly("Р-1|ж|Талас", "Р-2|ж|Талас");

        mvc.perform(multipart("/qual/projects/import").file(file("new.qdpx", qdpx)).param("studyId", Long.toString(world.study.id()))
                .with(TestUsers.as(world.lead)).with(csrf())).andExpect(redirectedUrlPattern("/qual/projects/*/refi"));
    }

    @Test
    void importedCodingsWaitInReviewAndFollowTheirWordsThroughPseudonyms() throws Exception {
        String text = "Р1: Пишите на aigul.test@mail.kg сегодня.";
        String code = java.util.UUID.randomUUID().toString();
        java.util.function.BiFunction<Integer, Integer, kg.kozomol.qual.refi.RefiSelection> selection = (start, end) ->
                new kg.kozomol.qual.refi.RefiSelection(java.util.UUID.randomUUID().toString(), null, start, end, null,
                        List.of(new kg.kozomol.qual.refi.RefiCoding(java.util.UUID.randomUUID().toString(), code, null)));
        kg.kozomol.qual.refi.RefiProject project = new kg.kozomol.qual.refi.RefiProject("Чужой", "MAXQDA", List.of(),
                new kg.kozomol.qual.refi.RefiCodebook("MAXQDA", List.of(new kg.kozomol.qual.refi.RefiCode(code, "Контакт", null, null,
                        List.of()))), List.of(), List.of(), List.of(new kg.kozomol.qual.refi.RefiSource(java.util.UUID.randomUUID().toString(),
                        "Чужое интервью", text, List.of(selection.apply(14, 32), selection.apply(33, 40)))), List.of());
        ByteArrayOutputStream qdpx = new ByteArrayOutputStream();
        kg.kozomol.qual.refi.RefiWriter.writeQdpx(project, qdpx);
        mvc.perform(multipart(base + "/refi/project").file(file("other.qdpx", qdpx.toByteArray())).with(TestUsers.as(world.lead))
                .with(csrf())).andExpect(flash().attribute("flash", "qual.refi.projectImported"));
        long t = world.fixtures.jdbc().sql("select id from qual_transcript where title = 'Чужое интервью' and project_id = :p")
                .param("p", world.project.id()).query(Long.class).single();
        mvc.perform(get(base + "/transcripts/" + t).with(TestUsers.as(world.coder))).andExpect(status().isNotFound());
        QualWorld.as(world.lead, () -> {
            world.fixtures.jdbc().sql("select id from qual_pii_hit where transcript_id = :t").param("t", t).query(Long.class).list()
                    .forEach(hit -> review.accept(t, hit, null));
            return review.release(t);
        });
        String content = world.fixtures.jdbc().sql("select content from qual_transcript where id = :t").param("t", t)
                .query(String.class).single();
        assertThat(content).doesNotContain("aigul.test@mail.kg");
        assertThat(world.fixtures.jdbc().sql("select start_cp, end_cp from qual_coding where transcript_id = :t order by start_cp")
                .param("t", t).query((rs, row) -> content.substring(rs.getInt(1), rs.getInt(2))).list())
                .containsExactly(content.substring(14, content.indexOf(" сегодня")), "сегодня.".substring(0, 7));
    }

    @Test
    void anAtlasTiProjectImportsAndSaysWhatItCouldNotKeep() throws Exception {
        java.nio.file.Path sample = RefiSchema.location().resolveSibling("target-atlas-project.qdpx");
        if (!java.nio.file.Files.isRegularFile(sample)) {
            return;
        }
        mvc.perform(multipart(base + "/refi/project").file(file("atlas.qdpx", java.nio.file.Files.readAllBytes(sample)))
                .with(TestUsers.as(world.lead)).with(csrf())).andExpect(flash().attribute("flash", "qual.refi.projectImported"))
                .andExpect(flash().attribute("warnings", org.hamcrest.Matchers.hasItem(containsString(
                        "user \"ATLAS.ti\" is not on the project team"))));
        assertThat(codebookOf(world.project.id())).contains("2022-05-10T02:05:59Z 19e4dce||#1f6feb|Commits");
    }

    @Test
    void aCodebookComesInAndGoesOut() throws Exception {
        byte[] qdc = mvc.perform(get(base + "/refi/codebook.qdc").with(TestUsers.as(world.lead))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Project other = QualWorld.as(world.lead, () -> projects.create(world.study.id(), "Другой", world.lead));
        mvc.perform(multipart("/qual/projects/" + other.id() + "/refi/codebook").file(file("book.qdc", qdc))
                .with(TestUsers.as(world.lead)).with(csrf())).andExpect(flash().attribute("flash", "qual.refi.codebookImported"));
        assertThat(codebookOf(other.id())).isEqualTo(codebookOf(world.project.id()));
        mvc.perform(multipart("/qual/projects/" + other.id() + "/refi/codebook").file(file("book.qdc", qdc))
                .with(TestUsers.as(world.lead)).with(csrf()))
                .andExpect(flash().attribute("warnings", org.hamcrest.Matchers.hasItem(containsString("already in the codebook"))));
    }

    @Test
    void badArchivesAreRefusedWithTheirReasonAndNothingIsImported() throws Exception {
        long transcriptsBefore = world.fixtures.count("select count(*) from qual_transcript");
        long codesBefore = world.fixtures.count("select count(*) from qual_code");
        refused("hello".getBytes(), "qual.refi.reason.NOT_A_ZIP");
        refused(zip("project.qde", "<Project/>", "../evil.txt", "x"), "qual.refi.reason.UNSAFE_PATH");
        refused(zip("project.qde", "<Project/>", "sources/zeros.txt", "\0".repeat(5 * 1024 * 1024)), "qual.refi.reason.TOO_LARGE");
        refused(zip("project.qde", """
                <?xml version="1.0"?>
                <!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&secret;"/>"""), "qual.refi.reason.BAD_XML");
        refused(zip("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources><TextSource guid=\"s1\" "
                + "name=\"s\" plainTextPath=\"internal://missing.txt\"/></Sources></Project>"), "qual.refi.reason.MISSING_SOURCE");
        // Valid archive, but the second code breaks a rule after the first was written: all of it is rolled back.
        refused(zip("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes>"
                + "<Code guid=\"c1\" name=\"Годный\" isCodable=\"true\"/><Code guid=\"c2\" name=\"" + "x".repeat(201)
                + "\" isCodable=\"true\"/></Codes></CodeBook><Sources><TextSource guid=\"s1\" name=\"s\">"
                + "<PlainTextContent>Текст</PlainTextContent></TextSource></Sources></Project>"), "qual.validation.codeName");
        assertThat(world.fixtures.count("select count(*) from qual_transcript")).isEqualTo(transcriptsBefore);
        assertThat(world.fixtures.count("select count(*) from qual_code")).isEqualTo(codesBefore);
        mvc.perform(multipart(base + "/refi/codebook").file(file("book.qdc", "<nope".getBytes())).with(TestUsers.as(world.lead))
                .with(csrf())).andExpect(flash().attribute("refused", "qual.refi.reason.BAD_XML"));
    }

    private void refused(byte[] archive, String reason) throws Exception {
        mvc.perform(multipart(base + "/refi/project").file(file("p.qdpx", archive)).with(TestUsers.as(world.lead)).with(csrf()))
                .andExpect(flash().attribute("refused", reason));
    }

    private long released(long projectId, String label, String title) {
        QualCase c = cases.create(projectId, new CaseDraft(label, "ж", null, "Талас", null, null));
        long id = transcripts.upload(projectId, new InterviewRecord(title, InterviewKind.INTERVIEW, null, null, null, c.id()),
                TEXT.getBytes(StandardCharsets.UTF_8), "t.txt", world.lead).id();
        rejectAllAndRelease(id);
        return id;
    }

    private void rejectAllAndRelease(long transcript) {
        world.fixtures.jdbc().sql("select id from qual_pii_hit where transcript_id = :t and status = 'PENDING'")
                .param("t", transcript).query(Long.class).list().forEach(hit -> review.reject(transcript, hit));
        review.release(transcript);
    }

    /** Per transcript title: its text and each coding as coder, code, start, end. */
    private List<String> snapshot(long projectId) {
        return world.fixtures.jdbc().sql("""
                select t.title || '|' || t.content || '|' || coalesce(string_agg(u.full_name || ':' || c.name || ':' || g.start_cp
                       || '-' || g.end_cp, ',' order by u.full_name, c.name, g.start_cp), '')
                from qual_transcript t left join qual_coding g on g.transcript_id = t.id left join qual_code c on c.id = g.code_id
                left join app_user u on u.id = g.coder_id where t.project_id = :p group by t.id order by t.title""")
                .param("p", projectId).query(String.class).list();
    }

    private List<String> codebookOf(long projectId) {
        return world.fixtures.jdbc().sql("""
                select c.name || '|' || coalesce(c.description, '') || '|' || c.colour || '|' || coalesce(p.name, '')
                from qual_code c left join qual_code p on p.id = c.parent_id where c.project_id = :p order by c.name""")
                .param("p", projectId).query(String.class).list();
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/octet-stream", bytes);
    }

    private static String id(KozomolPrincipal user) {
        return Long.toString(user.id());
    }

    private static org.springframework.test.web.servlet.ResultMatcher content(org.hamcrest.Matcher<String> matcher) {
        return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(matcher);
    }

    private static byte[] zip(String... namesAndTexts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
