package kg.kozomol.qual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Transcripts from upload to quote: bad files refused with their own message and nothing stored, the review queue
 * with consistent pseudonyms, originals for the lead alone (audited), coding with undo and merge, exact frequencies
 * and co-occurrence, consent withdrawal locking a case, and a coded segment saved as a quote.
 */
@KozomolTest
class QualPagesIT {

    private static final String INTERVIEW = """
            Интервьюер: Расскажите, как вы встали на учёт. Пишите мне на aigul.test@mail.kg если что.
            Р1: Меня поставили на учёт в инспекции. Потом я написала на aigul.test@mail.kg ещё раз.
            Интервьюер: Кто вам помог?
            Р1: Помогла соседка, больше никто.
            """;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Cases cases;
    @Autowired Codebook codebook;
    @Autowired QualAnalysis analysis;
    QualWorld world;
    String base;

    @BeforeEach
    void setUp() {
        world = new QualWorld(context);
        base = "/qual/projects/" + world.project.id();
    }

    @Test
    void badFilesAreRefusedEachWithItsMessageAndNothingIsStored() throws Exception {
        QualCase c = newCase("Р-1", "ж", "Талас");
        long before = world.fixtures.count("select count(*) from qual_transcript");
        upload(new MockMultipartFile("file", "scan.pdf", "application/pdf", scannedPdf()), c, "qual.upload.ocrNeeded");
        upload(new MockMultipartFile("file", "broken.docx", "application/octet-stream", "PK\u0003\u0004 not a zip at all".getBytes()),
                c, "qual.upload.corrupt");
        upload(new MockMultipartFile("file", "huge.txt", "text/plain", new byte[5 * 1024 * 1024 + 1]), c, "qual.upload.tooLarge");
        upload(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]), c, "qual.upload.empty");
        assertThat(world.fixtures.count("select count(*) from qual_transcript")).isEqualTo(before);
        assertThat(world.fixtures.count("select count(*) from qual_transcript_original")).isEqualTo(before);
        assertThat(context.getMessage("qual.upload.ocrNeeded", null, java.util.Locale.forLanguageTag("ru")))
                .contains("Нужно распознавание текста (OCR)");
    }

    @Test
    void reviewGivesTheSameOriginalTheSamePseudonymAndCodersSeeOnlyPseudonymisedText() throws Exception {
        QualCase c = newCase("Р-2", "ж", "Талас");
        long docx = uploadOk(new MockMultipartFile("file", "interview.docx", "application/octet-stream", docx(INTERVIEW)), c);
        long txt = uploadOk(new MockMultipartFile("file", "notes.txt", "text/plain",
                ("Р1: Ещё раз мой адрес aigul.test@mail.kg, записывайте.").getBytes(Charset.forName("windows-1251"))), c);
        assertThat(world.fixtures.jdbc().sql("select content from qual_transcript_original where transcript_id = :t")
                .param("t", txt).query(String.class).single()).startsWith("Р1: Ещё раз мой адрес");

        // Not open to coders while under review; the queue is the lead's alone.
        mvc.perform(get(base + "/transcripts/" + docx).with(TestUsers.as(world.coder))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/transcripts/" + docx + "/review").with(TestUsers.as(world.coder))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/pseudonyms").with(TestUsers.as(world.coder))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/transcripts/" + docx + "/review").with(TestUsers.as(world.outsider))).andExpect(status().isNotFound());
        long views = auditViews(docx);
        mvc.perform(get(base + "/transcripts/" + docx + "/review").with(TestUsers.as(world.lead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("aigul.test@mail.kg")));
        assertThat(auditViews(docx)).isEqualTo(views + 1);

        mvc.perform(get(base + "/transcripts/" + docx + "/original").with(TestUsers.as(world.coder))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/transcripts/" + docx + "/original").with(TestUsers.as(world.lead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Помогла соседка, больше никто.")));
        assertThat(auditViews(docx)).isEqualTo(views + 2);

        acceptAll(docx);
        mvc.perform(post(base + "/transcripts/" + docx + "/hits").with(TestUsers.as(world.lead)).with(csrf())
                .param("fragment", "соседка").param("kind", "PERSON_NAME")).andExpect(flash().attribute("flash", "qual.review.added"));
        acceptAll(docx);
        release(docx);
        acceptAll(txt);
        release(txt);

        String first = textOf(docx);
        String second = textOf(txt);
        assertThat(first).doesNotContain("aigul.test@mail.kg").doesNotContain("соседка").contains("Помогла [Респондент 1], больше");
        String pseudonym = first.substring(first.indexOf("на [") + 3, first.indexOf("]", first.indexOf("на [")) + 1);
        assertThat(pseudonym).isEqualTo("[E-mail 1]");
        assertThat(second).isEqualTo("Р1: Ещё раз мой адрес [E-mail 1], записывайте.");
        assertThat(world.fixtures.count("select count(*) from qual_unit where transcript_id = " + docx)).isEqualTo(4);
        mvc.perform(get(base + "/transcripts/" + docx).with(TestUsers.as(world.coder))).andExpect(status().isOk())
                .andExpect(content().string(containsString("[E-mail 1]")))
                .andExpect(content().string(not(containsString("aigul.test"))));
        mvc.perform(get(base + "/pseudonyms").with(TestUsers.as(world.lead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("aigul.test@mail.kg")));
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'qual_pseudonym_map' "
                + "and action = 'VIEW' and actor_id = " + world.lead.id())).isEqualTo(1);
    }

    @Test
    void codingUndoMergeFrequenciesCoOccurrenceWithdrawalAndQuote() throws Exception {
        QualCase women = newCase("Р-3", "ж", "Талас");
        QualCase men = newCase("Р-4", "м", "Ош");
        long a = releasedTranscript(women, INTERVIEW);
        long b = releasedTranscript(men, "И: Как дела?\nР1: Никто не помог, инспектор грубил.\n");
        long help = code("Помощь", null);
        long nohelp = code("Нет помощи", help);
        long rude = code("Грубость", null);
        long rude2 = code("Хамство", null);

        codeUnit(world.coder, a, help, 4);
        codeUnit(world.coder, a, nohelp, 4);
        codeUnit(world.lead, a, help, 2);
        codeUnit(world.coder, b, rude, 2);
        codeUnit(world.coder, b, rude2, 2);
        codeUnit(world.coder, b, nohelp, 2);
        codeUnit(world.coder, a, rude, 1);
        mvc.perform(post(base + "/transcripts/" + a + "/undo").with(TestUsers.as(world.coder)).with(csrf()))
                .andExpect(flash().attribute("flash", "qual.coding.undone"));
        assertThat(world.fixtures.count("select count(*) from qual_coding where transcript_id = " + a + " and code_id = " + rude)).isZero();
        mvc.perform(post(base + "/codes/merge").with(TestUsers.as(world.lead)).with(csrf())
                .param("sourceId", Long.toString(rude2)).param("targetId", Long.toString(rude)))
                .andExpect(flash().attribute("flash", "qual.code.merged"));
        assertThat(codebook.find(rude2)).isEmpty();
        // Both codings of the same turn by the same coder become one.
        assertThat(world.fixtures.count("select count(*) from qual_coding where code_id = " + rude)).isEqualTo(1);

        Frequencies byDocument = analysis.byDocument(world.project.id());
        assertThat(byDocument.total(help)).isEqualTo(2);
        assertThat(byDocument.total(nohelp)).isEqualTo(2);
        assertThat(byDocument.count(rude, "Транскрипт Р-4")).isEqualTo(1);
        Frequencies bySex = analysis.byAttribute(world.project.id(), CaseAttribute.SEX);
        assertThat(bySex.count(help, "ж")).isEqualTo(2);
        assertThat(bySex.count(nohelp, "м")).isEqualTo(1);
        assertThat(analysis.coOccurrence(world.project.id())).containsOnly(
                java.util.Map.entry(help + "-" + nohelp, 1L), java.util.Map.entry(Math.min(nohelp, rude) + "-" + Math.max(nohelp, rude), 1L));
        mvc.perform(get(base + "/analysis").with(TestUsers.as(world.coder))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Совместная встречаемость")));
        mvc.perform(get(base + "/segments").param("code", Long.toString(nohelp)).param("attribute", "SEX").param("value", "м")
                .with(TestUsers.as(world.coder))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Никто не помог, инспектор грубил.")))
                .andExpect(content().string(not(containsString("Помогла"))));
        mvc.perform(get(base + "/search").param("q", "грубил").with(TestUsers.as(world.coder))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Транскрипт Р-4")));

        // A quote carries the pseudonymised words and only the attributes the case allows to publish.
        long coding = world.fixtures.count("select id from qual_coding where transcript_id = " + a + " and code_id = " + nohelp);
        mvc.perform(post(base + "/codings/" + coding + "/quote").with(TestUsers.as(world.lead)).with(csrf()))
                .andExpect(flash().attribute("flash", "qual.quote.saved"));
        var quote = world.fixtures.jdbc().sql("select kind, content, source_reference, organisation_id from evidence_item "
                + "order by id desc limit 1").query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).single();
        assertThat(quote).containsExactly("QUOTE", "Помогла соседка, больше никто.", "Интервью; Пол: ж",
                Long.toString(world.cso.id()));

        // Withdrawal locks the case: no coding, no analysis, no quotes.
        mvc.perform(post(base + "/cases/" + men.id() + "/withdraw").with(TestUsers.as(world.lead)).with(csrf())
                .param("withdrawnOn", "2026-11-20")).andExpect(flash().attribute("flash", "qual.consent.withdrawn"));
        mvc.perform(post(base + "/transcripts/" + b + "/codings").with(TestUsers.as(world.coder)).with(csrf())
                .param("codeId", Long.toString(help)).param("unit", "1")).andExpect(flash().attribute("refused", "qual.refused.withdrawn"));
        assertThat(analysis.byDocument(world.project.id()).total(rude)).isZero();
        assertThat(analysis.coOccurrence(world.project.id())).containsOnlyKeys(help + "-" + nohelp);
        assertThat(analysis.search(world.project.id(), "грубил")).isEmpty();
        long bCoding = world.fixtures.count("select id from qual_coding where transcript_id = " + b + " and code_id = " + rude);
        mvc.perform(post(base + "/codings/" + bCoding + "/quote").with(TestUsers.as(world.lead)).with(csrf()))
                .andExpect(flash().attribute("refused", "qual.quote.noConsent"));
        mvc.perform(get(base + "/transcripts/" + b).with(TestUsers.as(world.coder))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Участник отозвал согласие")))
                .andExpect(content().string(not(containsString("id=\"code-form\""))));
    }

    @Test
    void casesComeFromCsvOrXlsxAllOrNothing() throws Exception {
        newCase("Р-10", "ж", "Ош");
        byte[] csv = "label;sex;age_group;region;role\nР-10;м;;Ош;\nР-11;ж;18-29;Баткен;мать\nР-12;м;60+;Нарын;отец\n"
                .getBytes(Charset.forName("windows-1251"));
        mvc.perform(multipart(base + "/cases/import").file(new MockMultipartFile("file", "cases.csv", "text/csv", csv))
                .with(TestUsers.as(world.lead)).with(csrf())).andExpect(flash().attribute("flash", "qual.import.done"));
        assertThat(cases.of(world.project.id())).extracting(QualCase::label, QualCase::sex, QualCase::region)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Р-10", "ж", "Ош"),
                        org.assertj.core.groups.Tuple.tuple("Р-11", "ж", "Баткен"), org.assertj.core.groups.Tuple.tuple("Р-12", "м", "Нарын"));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet();
            String[][] rows = {{"label", "sex", "region"}, {"Р-13", "ж", "Чуй"}, {"Р-14", "ж", "x".repeat(150)}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(xlsx);
        }
        mvc.perform(multipart(base + "/cases/import").file(new MockMultipartFile("file", "cases.xlsx", "application/octet-stream",
                xlsx.toByteArray())).with(TestUsers.as(world.lead)).with(csrf()))
                .andExpect(flash().attribute("refused", "qual.validation.attributeTooLong"));
        assertThat(cases.of(world.project.id())).hasSize(3);
        mvc.perform(multipart(base + "/cases/import").file(new MockMultipartFile("file", "cases.csv", "text/csv",
                "name,sex\nР-20,ж\n".getBytes(StandardCharsets.UTF_8))).with(TestUsers.as(world.coder)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void memosAndSplittingACode() throws Exception {
        QualCase c = newCase("Р-6", "ж", "Талас");
        long t = releasedTranscript(c, INTERVIEW);
        long help = code("Помощь и поддержка", null);
        codeUnit(world.coder, t, help, 2);
        codeUnit(world.coder, t, help, 4);
        long second = world.fixtures.count("select max(id) from qual_coding where code_id = " + help);
        mvc.perform(post(base + "/memos").with(TestUsers.as(world.coder)).with(csrf()).param("target", "coding-" + second)
                .param("content", "Соседка — единственная поддержка.").param("transcriptId", Long.toString(t)))
                .andExpect(flash().attribute("flash", "qual.memo.saved"));
        mvc.perform(post(base + "/memos").with(TestUsers.as(world.coder)).with(csrf()).param("target", "document-" + t)
                .param("content", "Интервью прервали дважды."))
                .andExpect(flash().attribute("flash", "qual.memo.saved"));
        mvc.perform(post(base + "/memos").with(TestUsers.as(world.coder)).with(csrf()).param("target", "code-999999")
                .param("content", "Чужой код")).andExpect(flash().attribute("refused", "qual.validation.memoTarget"));
        mvc.perform(get(base + "/transcripts/" + t).with(TestUsers.as(world.coder))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Соседка — единственная поддержка.")))
                .andExpect(content().string(containsString("Интервью прервали дважды.")));

        mvc.perform(post(base + "/codes/split").with(TestUsers.as(world.lead)).with(csrf()).param("sourceId", Long.toString(help))
                .param("name", "Поддержка соседей").param("codingIds", Long.toString(second)))
                .andExpect(flash().attribute("flash", "qual.code.split"));
        long split = world.fixtures.count("select id from qual_code where name = 'Поддержка соседей'");
        assertThat(world.fixtures.count("select count(*) from qual_coding where code_id = " + help)).isEqualTo(1);
        assertThat(world.fixtures.count("select count(*) from qual_coding where code_id = " + split)).isEqualTo(1);
        assertThat(world.fixtures.count("select count(*) from qual_coding where id = " + second + " and code_id = " + split)).isEqualTo(1);
    }

    @Test
    void exactSelectionsAreStoredInCodePoints() throws Exception {
        long t = releasedTranscript(newCase("Р-7", "ж", "Талас"), "Р1: 😀 Пандуса нет.\n");
        long ramp = code("Пандус", null);
        // "Пандуса" starts after the emoji, which is two Java chars but one code point.
        mvc.perform(post(base + "/transcripts/" + t + "/codings").with(TestUsers.as(world.coder)).with(csrf())
                .param("codeId", Long.toString(ramp)).param("start", "6").param("end", "13"))
                .andExpect(flash().attribute("flash", "qual.coding.applied"));
        assertThat(context.getBean(Codings.class).of(t)).extracting(Coding::text).containsExactly("Пандуса");
        mvc.perform(post(base + "/transcripts/" + t + "/codings").with(TestUsers.as(world.coder)).with(csrf())
                .param("codeId", Long.toString(ramp)).param("start", "7").param("end", "99"))
                .andExpect(flash().attribute("refused", "qual.coding.range"));
    }

    @Test
    void rtfAndOdtTranscriptsAreReadThroughTika() throws Exception {
        QualCase c = newCase("Р-8", "ж", "Чуй");
        String rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\\f0 "
                + "\\u1056?1: \\u1044?\\u1072? \\u1087?\\u1086?\\u1084?\\u1086?\\u1075?\\u1083?\\u1080?.\\par}";
        long fromRtf = uploadOk(new MockMultipartFile("file", "t.rtf", "application/rtf", rtf.getBytes(StandardCharsets.US_ASCII)), c);
        assertThat(transcriptText(fromRtf)).isEqualTo("Р1: Да помогли.");
        long fromOdt = uploadOk(new MockMultipartFile("file", "t.odt", "application/octet-stream", odt("Р1: Нет, не помогли.")), c);
        assertThat(transcriptText(fromOdt)).isEqualTo("Р1: Нет, не помогли.");
    }

    private String transcriptText(long id) {
        return world.fixtures.jdbc().sql("select content from qual_transcript_original where transcript_id = :t").param("t", id)
                .query(String.class).single();
    }

    private static byte[] odt(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry first = new java.util.zip.ZipEntry("mimetype");
            first.setMethod(java.util.zip.ZipEntry.STORED);
            first.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mime);
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:text><text:p>" + text + "</text:p></office:text></office:body></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void searchFoldsKyrgyzLetters() throws Exception {
        long t = releasedTranscript(newCase("Р-5", "ж", "Нарын"), "Р1: Мен өкмөткө кайрылдым, бирок жооп болгон жок.\n");
        assertThat(analysis.search(world.project.id(), "окмотко")).extracting(SearchHit::transcriptId).containsExactly(t);
        assertThat(analysis.search(world.project.id(), "ӨКМӨТКӨ")).hasSize(1);
    }

    private long auditViews(long transcript) {
        return world.fixtures.count("select count(*) from audit_event where entity_type = 'qual_transcript_original' "
                + "and action = 'VIEW' and entity_id = '" + transcript + "'");
    }

    private QualCase newCase(String label, String sex, String region) {
        QualCase c = QualWorld.as(world.lead, () -> cases.create(world.project.id(),
                new CaseDraft(label, sex, "30-39", region, "осуждённая", Set.of(CaseAttribute.SEX))));
        return QualWorld.as(world.lead, () -> cases.recordConsent(c.id(), c.version(),
                new Consent(true, true, true, false, java.time.LocalDate.of(2026, 10, 1), "v2", null)));
    }

    private long releasedTranscript(QualCase c, String text) throws Exception {
        long id = uploadOk(new MockMultipartFile("file", "t.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)), c,
                "Транскрипт " + c.label());
        acceptAll(id);
        release(id);
        return id;
    }

    private long code(String name, Long parent) {
        return QualWorld.as(world.lead, () -> codebook.create(world.project.id(), name, null, null, parent)).id();
    }

    private void codeUnit(KozomolPrincipal who, long transcript, long code, int unit) throws Exception {
        mvc.perform(post(base + "/transcripts/" + transcript + "/codings").with(TestUsers.as(who)).with(csrf())
                .param("codeId", Long.toString(code)).param("unit", Integer.toString(unit)))
                .andExpect(flash().attribute("flash", "qual.coding.applied"));
    }

    private void upload(MockMultipartFile file, QualCase c, String refusal) throws Exception {
        mvc.perform(multipart(base + "/transcripts").file(file).with(TestUsers.as(world.lead)).with(csrf())
                .param("caseId", Long.toString(c.id())).param("title", "Интервью").param("kind", "INTERVIEW"))
                .andExpect(flash().attribute("refused", refusal));
    }

    private long uploadOk(MockMultipartFile file, QualCase c) throws Exception {
        return uploadOk(file, c, "Интервью " + System.nanoTime());
    }

    private long uploadOk(MockMultipartFile file, QualCase c, String title) throws Exception {
        mvc.perform(multipart(base + "/transcripts").file(file).with(TestUsers.as(world.lead)).with(csrf())
                .param("caseId", Long.toString(c.id())).param("title", title).param("kind", "INTERVIEW")
                .param("heldOn", "2026-10-02").param("place", "Талас").param("interviewer", "Интервьюер А."))
                .andExpect(flash().attribute("flash", "qual.transcript.uploaded"));
        return world.fixtures.jdbc().sql("select id from qual_transcript where title = :t").param("t", title).query(Long.class).single();
    }

    private void acceptAll(long transcript) throws Exception {
        for (Long hit : world.fixtures.jdbc().sql("select id from qual_pii_hit where transcript_id = :t and status = 'PENDING' "
                + "order by start_char").param("t", transcript).query(Long.class).list()) {
            mvc.perform(post(base + "/transcripts/" + transcript + "/hits/" + hit + "/accept").with(TestUsers.as(world.lead))
                    .with(csrf())).andExpect(flash().attribute("flash", "qual.review.accepted"));
        }
    }

    private void release(long transcript) throws Exception {
        mvc.perform(post(base + "/transcripts/" + transcript + "/release").with(TestUsers.as(world.lead)).with(csrf()))
                .andExpect(flash().attribute("flash", "qual.review.releasedNow"));
    }

    private String textOf(long transcript) {
        return world.fixtures.jdbc().sql("select content from qual_transcript where id = :t").param("t", transcript)
                .query(String.class).single();
    }

    static byte[] docx(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.strip().split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] scannedPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                stream.addRect(50, 50, 200, 300);
                stream.fill();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
