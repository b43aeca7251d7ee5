package kg.kozomol.qual.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kg.kozomol.qual.refi.RefiFormatException.Reason;
import org.junit.jupiter.api.Test;

class RefiRoundTripTest {

    /** Two small ATLAS.ti 23 exports, read from this machine when present; they are not in the repository. */
    private static final Path ATLAS_SAMPLES = RefiSchema.location().getParent();
    private static final String USER = "11111111-1111-1111-1111-111111111111";
    private static final String FEAR = "22222222-2222-2222-2222-222222222222";
    private static final String HOPE = "33333333-3333-3333-3333-333333333333";
    private static final String SOURCE = "44444444-4444-4444-4444-444444444444";
    private static final String SEX = "e1000000-0000-0000-0000-000000000000";
    private static final String REGION = "e2000000-0000-0000-0000-000000000000";
    private static final String TEXT = "И: Как вы? 😀\r\nР1: Боюсь за детей 👶, но надеюсь.";

    static RefiProject project() {
        int fear = TEXT.indexOf("Боюсь");
        int hope = TEXT.indexOf("надеюсь");
        RefiCodebook codebook = new RefiCodebook("Kozomol", List.of(
                new RefiCode(FEAR, "Страх", "#FF0000", "Страх за себя и близких", List.of(
                        new RefiCode(HOPE, "Надежда", "#00AA00", null, List.of())))));
        RefiSource source = new RefiSource(SOURCE, "Интервью 1", TEXT, List.of(
                new RefiSelection("55555555-5555-5555-5555-555555555555", "страх", fear, TEXT.indexOf(','), USER,
                        List.of(new RefiCoding("66666666-6666-6666-6666-666666666666", FEAR, USER))),
                new RefiSelection("77777777-7777-7777-7777-777777777777", null, hope, hope + 7, USER,
                        List.of(new RefiCoding("88888888-8888-8888-8888-888888888888", HOPE, USER)))));
        return new RefiProject("Пробация 2025", "Kozomol", List.of(new RefiUser(USER, "Айгуль")), codebook,
                List.of(new RefiVariable(SEX, "sex"), new RefiVariable(REGION, "region")),
                List.of(new RefiCase("99999999-9999-9999-9999-999999999999", "Р1", "женщина, 30–39",
                        List.of(new RefiVariableValue(SEX, "ж"), new RefiVariableValue(REGION, "Талас")),
                        List.of(SOURCE))),
                List.of(source),
                List.of(new RefiNote("d1000000-0000-0000-0000-000000000000", null, "Страх — главный мотив", USER, FEAR),
                        new RefiNote("d2000000-0000-0000-0000-000000000000", null, "Говорит с паузами", USER, SOURCE),
                        new RefiNote("d3000000-0000-0000-0000-000000000000", null, "Ср. Р3", USER,
                                "77777777-7777-7777-7777-777777777777"),
                        new RefiNote("d4000000-0000-0000-0000-000000000000", "План", "Дописать гайд", USER, null)));
    }

    @Test
    void aProjectReadsBackAsItWasWritten() throws Exception {
        RefiImport read = RefiReader.readQdpx(new ByteArrayInputStream(qdpx(project())), RefiReader.Limits.DEFAULT);

        assertThat(read.project()).isEqualTo(project());
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void theProjectValidatesAgainstThePublishedSchema() throws Exception {
        assertThat(RefiSchema.validateQdpx(qdpx(project()))).isEqualTo(RefiSchema.available());
    }

    @Test
    void atlasTiProjectsImportWithTheirCodeHierarchy() throws Exception {
        Path blank = ATLAS_SAMPLES.resolve("blank-atlas-project.qdpx");
        Path target = ATLAS_SAMPLES.resolve("target-atlas-project.qdpx");
        if (!Files.isRegularFile(blank) || !Files.isRegularFile(target)) {
            return;
        }
        RefiImport empty = RefiReader.readQdpx(Files.newInputStream(blank), RefiReader.Limits.DEFAULT);
        assertThat(empty.project().origin()).startsWith("ATLAS.ti");
        assertThat(empty.project().users()).extracting(RefiUser::name).contains("ATLAS.ti");
        assertThat(empty.project().codebook().codes()).isEmpty();
        assertThat(empty.project().sources()).isEmpty();

        RefiImport read = RefiReader.readQdpx(Files.newInputStream(target), RefiReader.Limits.DEFAULT);
        assertThat(read.project().codebook().codes()).singleElement().satisfies(code -> {
            assertThat(code.name()).isEqualTo("Commits");
            assertThat(code.color()).isNull();
            assertThat(code.children()).extracting(RefiCode::name)
                    .containsExactly("2022-05-10T02:05:59Z 19e4dce", "2022-02-11T10:39:25Z cdbfd92");
        });
        // ATLAS.ti writes upper-case GUIDs and a project with no sources: nothing there to lose.
        assertThat(read.project().codebook().codes().get(0).guid()).isEqualTo("A182CD3A-D83C-4D8C-BC80-26D9103EC6D6");
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void writesPositionsInCodePointsAndTextsUnderLowercaseSources() throws Exception {
        byte[] archive = qdpx(project());
        String xml = entry(archive, "project.qde");
        int fear = TEXT.indexOf("Боюсь");

        // One emoji before the selection: a char offset one higher than the code point position.
        assertThat(xml).contains("startPosition=\"" + (fear - 1) + "\"");
        assertThat(entry(archive, "sources/" + SOURCE + ".txt")).isEqualTo(TEXT);
        assertThat(xml).contains("plainTextPath=\"internal://" + SOURCE + ".txt\"");
    }

    @Test
    void aCodebookReadsBackAsItWasWritten() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RefiWriter.writeCodebook(project().codebook(), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("xmlns=\"urn:QDA-XML:codebook:1.0\"");
        assertThat(RefiReader.readCodebook(new ByteArrayInputStream(out.toByteArray())))
                .isEqualTo(project().codebook());
    }

    @Test
    void toleratesKnownQuirksAndSaysWhatItCouldNotKeep() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Other tool">
                  <CodeBook><Codes><Code guid="%s" name="Страх" isCodable="true"/></Codes></CodeBook>
                  <Cases><Case guid="99999999-9999-9999-9999-999999999999"/></Cases>
                  <Sources>
                    <TextSource guid="%s" name="t" plainTextPath="internal://%s.txt">
                      <PlainTextSelection guid="a0000000-0000-0000-0000-000000000000"
                          startPosition="0" endPosition="5"/>
                      <PlainTextSelection guid="b0000000-0000-0000-0000-000000000000"
                          startPosition="2" endPosition="500">
                        <Coding guid="c0000000-0000-0000-0000-000000000000"><CodeRef targetGUID="%s"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                    <PictureSource guid="d0000000-0000-0000-0000-000000000000" path="internal://p.png"/>
                  </Sources>
                </Project>
                """.formatted(FEAR, SOURCE, SOURCE, FEAR);
        byte[] archive = zip("project.qde", xml, "Sources/" + SOURCE + ".txt", "Привет, мир");

        RefiImport read = RefiReader.readQdpx(new ByteArrayInputStream(archive), RefiReader.Limits.DEFAULT);

        assertThat(read.project().cases()).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("99999999-9999-9999-9999-999999999999"));
        assertThat(read.project().sources().get(0).selections()).singleElement()
                .satisfies(s -> assertThat(s.codings()).isEmpty());
        assertThat(read.warnings()).hasSize(4).anyMatch(w -> w.contains("has no name"))
                .anyMatch(w -> w.contains("has no coding")).anyMatch(w -> w.contains("outside its text"))
                .anyMatch(w -> w.contains("non-text sources"));
    }

    @Test
    void rejectsPathsThatLeaveTheArchive() {
        for (String name : List.of("../evil.txt", "sources/../../evil.txt", "/etc/passwd", "C:\\evil.txt")) {
            assertThatThrownBy(() -> RefiReader.readQdpx(new ByteArrayInputStream(zip("project.qde", "<Project/>",
                    name, "x")), RefiReader.Limits.DEFAULT))
                    .isInstanceOfSatisfying(RefiFormatException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.UNSAFE_PATH));
        }
    }

    @Test
    void rejectsZipBombsAndArchivesOverTheLimit() throws IOException {
        byte[] bomb = zip("project.qde", "<Project/>", "sources/zeros.txt", "\0".repeat(5 * 1024 * 1024));

        assertThatThrownBy(() -> RefiReader.readQdpx(new ByteArrayInputStream(bomb), RefiReader.Limits.DEFAULT))
                .isInstanceOfSatisfying(RefiFormatException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.TOO_LARGE));
        assertThatThrownBy(() -> RefiReader.readQdpx(new ByteArrayInputStream(qdpx(project())),
                new RefiReader.Limits(1, 1_000_000, 100)))
                .isInstanceOfSatisfying(RefiFormatException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void rejectsXmlWithExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&secret;"/>
                """;

        assertThatThrownBy(() -> RefiReader.readQdpx(new ByteArrayInputStream(zip("project.qde", xxe)),
                RefiReader.Limits.DEFAULT))
                .isInstanceOfSatisfying(RefiFormatException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.BAD_XML));
    }

    @Test
    void rejectsWhatIsNoProject() {
        assertThatThrownBy(() -> RefiReader.readQdpx(new ByteArrayInputStream("not a zip".getBytes()),
                RefiReader.Limits.DEFAULT)).isInstanceOfSatisfying(RefiFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_ZIP));
        assertThatThrownBy(() -> RefiReader.readQdpx(new ByteArrayInputStream(zip("readme.txt", "x")),
                RefiReader.Limits.DEFAULT)).isInstanceOfSatisfying(RefiFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_PROJECT));
        String withoutText = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources><TextSource guid=\""
                + SOURCE + "\" plainTextPath=\"internal://gone.txt\"/></Sources></Project>";
        assertThatThrownBy(() -> RefiReader.readQdpx(new ByteArrayInputStream(zip("project.qde", withoutText)),
                RefiReader.Limits.DEFAULT)).isInstanceOfSatisfying(RefiFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_SOURCE));
    }

    static byte[] qdpx(RefiProject project) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RefiWriter.writeQdpx(project, out);
        return out.toByteArray();
    }

    private static String entry(byte[] archive, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
