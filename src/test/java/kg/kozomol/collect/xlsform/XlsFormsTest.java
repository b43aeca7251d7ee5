package kg.kozomol.collect.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.FormProblem;
import kg.kozomol.collect.ImportedForm;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.XlsFormFixture;
import kg.kozomol.collect.fill.FillFixture;

/** XLSForm to XForm: every supported type and column, checked as XForm nodes; broken forms, cell by cell. */
class XlsFormsTest {

    static ImportedForm audit;
    static Document xform;
    static XPath xpath;

    @BeforeAll
    static void readTheAudit() throws Exception {
        audit = XlsForms.read(XlsFormFixture.schoolAudit("2026112601").bytes(), "fallback", "1");
        assertThat(audit.problems()).isEmpty();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        xform = factory.newDocumentBuilder().parse(new ByteArrayInputStream(audit.xform()));
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "h" -> XFormWriter.XHTML;
                    case "jr" -> XFormWriter.JR;
                    case "odk" -> XFormWriter.ODK;
                    case "x" -> XFormWriter.XFORMS;
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
    }

    private static String text(String expression) throws Exception {
        return xpath.evaluate(expression, xform);
    }

    private static int count(String expression) throws Exception {
        return ((NodeList) xpath.evaluate(expression, xform, XPathConstants.NODESET)).getLength();
    }

    private static String bind(String path, String attribute) throws Exception {
        return text("/h:html/h:head/x:model/x:bind[@nodeset='" + path + "']/@" + attribute);
    }

    @Test
    void takesIdTitleVersionAndDefaultLanguageFromSettings() throws Exception {
        assertThat(text("/h:html/h:head/h:title")).isEqualTo("Аудит доступности школы");
        assertThat(text("/h:html/h:head/x:model/x:instance[1]/x:data/@id")).isEqualTo("school_audit");
        assertThat(text("/h:html/h:head/x:model/x:instance[1]/x:data/@version")).isEqualTo("2026112601");
        assertThat(text("//x:itext/x:translation[@default='true()']/@lang")).isEqualTo("Russian (ru)");
        assertThat(count("//x:itext/x:translation")).isEqualTo(2);
        FormModel model = audit.model();
        assertThat(model.languages()).containsExactly("Russian (ru)", "Kyrgyz (ky)");
    }

    @Test
    void givesEveryTypeItsDataTypeAndControl() throws Exception {
        assertThat(bind("/data/school", "type")).isEqualTo("string");
        assertThat(bind("/data/floors", "type")).isEqualTo("int");
        assertThat(bind("/data/slope", "type")).isEqualTo("decimal");
        assertThat(bind("/data/visit_date", "type")).isEqualTo("date");
        assertThat(bind("/data/visit_time", "type")).isEqualTo("time");
        assertThat(bind("/data/started", "type")).isEqualTo("dateTime");
        assertThat(bind("/data/location", "type")).isEqualTo("geopoint");
        assertThat(bind("/data/entrance_photo", "type")).isEqualTo("binary");
        assertThat(text("//x:upload[@ref='/data/entrance_photo']/@mediatype")).isEqualTo("image/*");
        assertThat(text("//x:upload[@ref='/data/comment_audio']/@mediatype")).isEqualTo("audio/*");
        assertThat(text("//x:upload[@ref='/data/act']/@mediatype")).isEqualTo("application/*");
        assertThat(count("//x:select1[@ref='/data/has_ramp']/x:item")).isEqualTo(2);
        assertThat(count("//x:select[@ref='/data/barriers']/x:item")).isEqualTo(3);
        assertThat(text("//x:select[@ref='/data/barriers']/x:item[3]/x:value")).isEqualTo("other");
        assertThat(bind("/data/barriers_other", "relevant")).isEqualTo("selected(/data/barriers, 'other')");
        assertThat(bind("/data/intro_note", "readonly")).isEqualTo("true()");
        assertThat(count("//x:input[@ref='/data/intro_note']")).isEqualTo(1);
        assertThat(count("//x:trigger[@ref='/data/consent']")).isEqualTo(1);
        assertThat(bind("/data/ramp_ok", "calculate")).isEqualTo("if(/data/slope <= 8, 'yes', 'no')");
        assertThat(count("//h:body//*[@ref='/data/ramp_ok']")).isZero();
        assertThat(audit.model().find("location").orElseThrow().type()).isEqualTo(QuestionType.GEOPOINT);
    }

    @Test
    void writesLogicAsBindsWithPathsAndMessages() throws Exception {
        assertThat(bind("/data/school", "required")).isEqualTo("true()");
        assertThat(bind("/data/school", "jr:requiredMsg")).isEqualTo("jr:itext('/data/school:jr:requiredMsg')");
        assertThat(text("//x:translation[@lang='Kyrgyz (ky)']/x:text[@id='/data/school:jr:requiredMsg']/x:value"))
                .as("a language without its own message falls back to the default language's").isEqualTo("Укажите школу");
        assertThat(bind("/data/floors", "constraint")).isEqualTo(". >= 1 and . <= 20");
        assertThat(bind("/data/floors", "jr:constraintMsg")).isEqualTo("jr:itext('/data/floors:jr:constraintMsg')");
        assertThat(text("//x:translation[@lang='Kyrgyz (ky)']/x:text[@id='/data/floors:jr:constraintMsg']/x:value"))
                .isEqualTo("1ден 20га чейин");
        assertThat(bind("/data/slope", "relevant")).isEqualTo("/data/has_ramp = 'yes'");
        assertThat(bind("/data/doors", "relevant")).isEqualTo("/data/floors > 0");
        assertThat(bind("/data/toilets/toilet_note", "readonly")).isEqualTo("/data/floors > 5");
        assertThat(bind("/data/meta/instanceID", "calculate")).isEqualTo("concat('uuid:', uuid())");
        assertThat(bind("/data/meta/instanceID", "readonly")).isEqualTo("true()");
    }

    @Test
    void writesTranslatedLabelsHintsAndOutputs() throws Exception {
        assertThat(text("//x:input[@ref='/data/school']/x:label/@ref")).isEqualTo("jr:itext('/data/school:label')");
        assertThat(text("//x:translation[@lang='Kyrgyz (ky)']/x:text[@id='/data/school:label']/x:value")).isEqualTo("Мектеп");
        assertThat(text("//x:translation[@lang='Russian (ru)']/x:text[@id='/data/school:hint']/x:value")).isEqualTo("Полное название");
        assertThat(text("//x:translation[@lang='Russian (ru)']/x:text[@id='/data/intro_note:label']/x:value/x:output/@value"))
                .isEqualTo("/data/school");
        assertThat(text("//x:translation[@lang='Kyrgyz (ky)']/x:text[@id='yes_no-0']/x:value")).isEqualTo("Ооба");
    }

    @Test
    void writesInstanceWithDefaultsGroupsRepeatTemplateAndMeta() throws Exception {
        assertThat(text("/h:html/h:head/x:model/x:instance[1]/x:data/x:floors")).isEqualTo("1");
        assertThat(count("/h:html/h:head/x:model/x:instance[1]/x:data/x:doors/x:door_width")).isEqualTo(1);
        assertThat(count("/h:html/h:head/x:model/x:instance[1]/x:data/x:toilets[@jr:template='']/x:toilet_note")).isEqualTo(1);
        assertThat(count("/h:html/h:head/x:model/x:instance[1]/x:data/x:toilets[not(@jr:template)]/x:toilet_note")).isEqualTo(1);
        assertThat(count("/h:html/h:head/x:model/x:instance[1]/x:data/x:meta/x:instanceID")).isEqualTo(1);
        assertThat(text("//h:body/x:group[@ref='/data/doors']/@appearance")).isEqualTo("field-list");
        assertThat(count("//h:body/x:group[@ref='/data/doors']/x:input[@ref='/data/doors/door_width']")).isEqualTo(1);
        assertThat(count("//h:body/x:group[@ref='/data/toilets']/x:repeat[@nodeset='/data/toilets']/x:input")).isEqualTo(1);
        assertThat(text("//x:input[@ref='/data/location']/@appearance")).isEqualTo("maps");
    }

    @Test
    void turnsAChoiceFilterIntoAnItemsetOverASecondaryInstance() throws Exception {
        assertThat(text("//x:select1[@ref='/data/district']/x:itemset/@nodeset"))
                .isEqualTo("instance('district')/root/item[oblast= /data/oblast ]");
        assertThat(text("//x:select1[@ref='/data/district']/@appearance")).isEqualTo("minimal");
        assertThat(text("/h:html/h:head/x:model/x:instance[@id='district']/x:root/x:item[1]/x:name")).isEqualTo("karakol");
        assertThat(text("/h:html/h:head/x:model/x:instance[@id='district']/x:root/x:item[1]/x:oblast")).isEqualTo("issyk_kul");
    }

    @Test
    void choiceFiltersReadExtraChoiceColumnsByBareNameAsPyxformDoes() throws Exception {
        ImportedForm form = XlsForms.read(FillFixture.regions().bytes(), "regions", "1");
        assertThat(form.problems()).isEmpty();
        String xml = new String(form.xform(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<itemset nodeset=\"instance('town')/root/item[region= /data/region ]\">"
                        + "<value ref=\"name\"/><label ref=\"jr:itext(itextId)\"/></itemset>")
                .contains("<itemset nodeset=\"instance('kind')/root/item[filter= /data/q1  and name != 'none']\">")
                .contains("<instance id=\"town\"><root><item><itextId>town-0</itextId><name>karakol</name>"
                        + "<region>issyk_kul</region></item>");
        assertThat(xml).contains("<instance id=\"kind\"><root><item><itextId>kind-0</itextId><name>school</name>"
                + "<filter>edu</filter></item>");

        XlsFormFixture unknown = FillFixture.regions();
        unknown.row("survey", "select_one town", "town2", "Town again", "provinec=${region}");
        assertThat(problems(unknown)).extracting(FormProblem::row, FormProblem::column, FormProblem::code, FormProblem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, "choice_filter", "unknownChoiceColumn",
                        List.of("provinec", "town")));
    }

    @Test
    void plainLabelColumnsAreTheDefaultLanguage() throws Exception {
        ImportedForm form = XlsForms.read(new XlsFormFixture().sheet("survey", "type", "name", "label")
                .row("survey", "text", "q", "Question").bytes(), "my_form", "7");
        assertThat(form.problems()).isEmpty();
        assertThat(form.model().formId()).isEqualTo("my_form");
        assertThat(form.model().version()).isEqualTo("7");
        assertThat(form.model().languages()).containsExactly(FormModel.DEFAULT_LANGUAGE);
        assertThat(new String(form.xform(), java.nio.charset.StandardCharsets.UTF_8)).contains("lang=\"default\"");
    }

    private static List<FormProblem> problems(XlsFormFixture fixture) {
        return XlsForms.read(fixture.bytes(), "broken", "1").problems();
    }

    @Test
    void reportsEachBrokenRowWithSheetRowAndColumn() {
        XlsFormFixture broken = new XlsFormFixture()
                .sheet("survey", "type", "name", "label", "relevant", "calculation", "constraint")
                .row("survey", "text", "name", "Name")
                .row("survey", "txet", "typo", "Typo")
                .row("survey", "integer", "name", "Again")
                .row("survey", "text", "age_note", "Age", "${agee} > 3")
                .row("survey", "select_one colours", "colour", "Colour")
                .row("survey", "text", "bad", "Bad", "${name} = = 1")
                .row("survey", "calculate", "a", null, null, "${b} + 1")
                .row("survey", "calculate", "b", null, null, "${a} + 1")
                .row("survey", "calculate", "c", null, null, null)
                .row("survey", "text", "d", "D", null, null, "frob(.)")
                .row("survey", "end group");
        List<FormProblem> problems = problems(broken);
        assertThat(problems).extracting(FormProblem::sheet, FormProblem::row, FormProblem::column, FormProblem::code)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("survey", 3, "type", "unknownType"),
                        org.assertj.core.groups.Tuple.tuple("survey", 4, "name", "duplicateName"),
                        org.assertj.core.groups.Tuple.tuple("survey", 5, "relevant", "unknownReference"),
                        org.assertj.core.groups.Tuple.tuple("survey", 6, "type", "missingList"),
                        org.assertj.core.groups.Tuple.tuple("survey", 7, "relevant", "badExpression"),
                        org.assertj.core.groups.Tuple.tuple("survey", 8, "calculation", "cycle"),
                        org.assertj.core.groups.Tuple.tuple("survey", 10, "calculation", "missingCalculation"),
                        org.assertj.core.groups.Tuple.tuple("survey", 11, "constraint", "badExpression"),
                        org.assertj.core.groups.Tuple.tuple("survey", 12, "type", "unmatchedEnd"));
        assertThat(problems).filteredOn(p -> p.code().equals("cycle")).singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("a → b → a"));
        assertThat(problems).filteredOn(p -> p.code().equals("unknownReference")).singleElement()
                .satisfies(p -> {
                    assertThat(p.args()).containsExactly("agee");
                    assertThat(p.columnLetter()).isEqualTo("D");
                });
        assertThat(XlsForms.read(broken.bytes(), "broken", "1").xform()).isNull();
    }

    @Test
    void reportsUnclosedGroupsMissingSheetsAndBrokenChoices() {
        assertThat(problems(new XlsFormFixture().sheet("survey", "type", "name").row("survey", "begin group", "g")
                .row("survey", "text", "q")))
                .extracting(FormProblem::row, FormProblem::code).contains(org.assertj.core.groups.Tuple.tuple(2, "unclosed"));
        assertThat(problems(new XlsFormFixture().sheet("choices", "list_name", "name")))
                .extracting(FormProblem::code).contains("missingSurvey");
        assertThat(problems(new XlsFormFixture().sheet("survey", "type", "name").row("survey", "select_one l", "q")
                .sheet("choices", "list_name", "name").row("choices", "l", "a").row("choices", "l", "a").row("choices", null, "b")))
                .extracting(FormProblem::sheet, FormProblem::row, FormProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("choices", 3, "duplicateChoice"),
                        org.assertj.core.groups.Tuple.tuple("choices", 4, "missingListName"));
        assertThat(problems(new XlsFormFixture().sheet("survey", "type", "name", "label").row("survey", "note", "n", "Hi ${nobody}")))
                .extracting(FormProblem::column, FormProblem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("label",
                        "unknownReference"));
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        assertThatThrownBy(() -> XlsForms.read("not a workbook".getBytes(), "x", "1"))
                .isInstanceOf(XlsFormFileException.class).extracting("code").isEqualTo("unreadable");
    }

    @Test
    void refusesAZipBombByItsInflationRatio() throws Exception {
        byte[] real = new XlsFormFixture().sheet("survey", "type", "name").row("survey", "text", "q").bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(real)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    // The real sheet followed by 50 MB of spaces: compresses about a thousand times.
                    zip.write(content);
                    zip.write(" ".repeat(50 * 1024 * 1024).getBytes());
                } else {
                    zip.write(content);
                }
            }
        }
        assertThatThrownBy(() -> XlsForms.read(out.toByteArray(), "x", "1"))
                .isInstanceOf(XlsFormFileException.class).extracting("code").isEqualTo("zipBomb");
    }

    private static String xml(ImportedForm form) {
        assertThat(form.problems()).isEmpty();
        return new String(form.xform(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void writesLabelMediaAsItextValuesPerLanguageAsPyxformDoes() {
        ImportedForm form = XlsForms.read(XlsFormFixture.village("1").bytes(), "village", "1");
        String xml = xml(form);
        assertThat(form.model().languages()).as("an untranslated media column adds no language of its own")
                .containsExactly("Russian (ru)", "Kyrgyz (ky)");
        String russian = xml.substring(xml.indexOf("<translation lang=\"Russian (ru)\""), xml.indexOf("<translation lang=\"Kyrgyz (ky)\""));
        String kyrgyz = xml.substring(xml.indexOf("<translation lang=\"Kyrgyz (ky)\""), xml.indexOf("</itext>"));
        assertThat(russian).contains("<text id=\"/data/welcome:label\"><value>Добро пожаловать</value>"
                        + "<value form=\"image\">jr://images/welcome.png</value><value form=\"audio\">jr://audio/hello.mp3</value></text>")
                .contains("<text id=\"/data/agree:label\"><value>Согласны?</value><value form=\"video\">jr://video/how.mp4</value></text>")
                .contains("<text id=\"yn-0\"><value>Да</value><value form=\"image\">jr://images/yes.png</value></text>")
                .contains("<text id=\"yn-1\"><value>Нет</value></text>");
        assertThat(kyrgyz).contains("<text id=\"/data/welcome:label\"><value>Кош келиңиз</value>"
                + "<value form=\"image\">jr://images/welcome_ky.png</value><value form=\"audio\">jr://audio/hello.mp3</value></text>")
                .contains("<text id=\"yn-0\"><value>Ооба</value><value form=\"image\">jr://images/yes.png</value></text>");
        assertThat(xml).contains("<input ref=\"/data/welcome\"><label ref=\"jr:itext('/data/welcome:label')\"/></input>");

        ImportedForm imageOnly = XlsForms.read(new XlsFormFixture().sheet("survey", "type", "name", "media::image")
                .row("survey", "note", "logo", "logo.png").bytes(), "logo", "1");
        assertThat(xml(imageOnly)).as("a label of an image alone still points at its itext")
                .contains("<text id=\"/data/logo:label\"><value form=\"image\">jr://images/logo.png</value></text>")
                .contains("<input ref=\"/data/logo\"><label ref=\"jr:itext('/data/logo:label')\"/></input>");
    }

    @Test
    void writesChoicesFromFilesAsExternalInstancesAndItemsetsAsPyxformDoes() {
        ImportedForm form = XlsForms.read(XlsFormFixture.village("1").bytes(), "village", "1");
        String xml = xml(form);
        assertThat(xml).contains("</instance><instance id=\"regions\" src=\"jr://file-csv/regions.csv\"/>"
                + "<instance id=\"towns\" src=\"jr://file-csv/towns.csv\"/><instance id=\"sites\" src=\"jr://file/sites.xml\"/>"
                + "<instance id=\"areas\" src=\"jr://file/areas.geojson\"/><bind ");
        assertThat(xml).as("pulldata of a CSV a select already reads adds no second instance")
                .containsOnlyOnce("<instance id=\"towns\"");
        assertThat(xml).contains("<select1 ref=\"/data/region\"><label ref=\"jr:itext('/data/region:label')\"/>"
                        + "<itemset nodeset=\"instance('regions')/root/item\"><value ref=\"name\"/><label ref=\"label\"/></itemset></select1>")
                .contains("<itemset nodeset=\"instance('towns')/root/item[region= /data/region ]\"><value ref=\"name\"/>"
                        + "<label ref=\"label\"/></itemset>")
                .contains("<select ref=\"/data/sites\"><label ref=\"jr:itext('/data/sites:label')\"/>"
                        + "<itemset nodeset=\"instance('sites')/root/item\"><value ref=\"code\"/><label ref=\"title\"/></itemset></select>")
                .contains("<itemset nodeset=\"instance('areas')/root/item\"><value ref=\"id\"/><label ref=\"title\"/></itemset>")
                .contains("<bind nodeset=\"/data/region\" type=\"string\" required=\"true()\"/>")
                .contains("<bind nodeset=\"/data/sites\" type=\"string\"/>")
                .contains("<bind nodeset=\"/data/population\" type=\"string\" calculate=\"pulldata('towns', 'population', 'name', /data/town)\"/>")
                .doesNotContain("<instance id=\"towns\"><root>");
        assertThat(form.model().mediaFiles()).containsExactly("welcome.png", "welcome_ky.png", "hello.mp3", "how.mp4", "regions.csv",
                "towns.csv", "sites.xml", "areas.geojson", "yes.png");
    }

    @Test
    void writesAnInstanceForEachCsvPulldataReads() {
        ImportedForm form = XlsForms.read(new XlsFormFixture().sheet("survey", "type", "name", "label", "constraint")
                .row("survey", "text", "pin", "PIN", ". = pulldata('people', 'pin', 'pin', .)").bytes(), "people", "1");
        assertThat(xml(form)).contains("<instance id=\"people\" src=\"jr://file-csv/people.csv\"/>")
                .contains("constraint=\". = pulldata('people', 'pin', 'pin', .)\"");
    }

    @Test
    void reportsBadMediaFilesItemFilesParametersAndPulldataByCell() {
        XlsFormFixture broken = new XlsFormFixture()
                .sheet("survey", "type", "name", "label", "media::image", "parameters", "calculation")
                .row("survey", "note", "song", "Song", "song.mp3")
                .row("survey", "select_one_from_file towns.txt", "town", "Town")
                .row("survey", "select_one_from_file towns.csv", "town2", "Town", null, "value=7val, colour=red")
                .row("survey", "calculate", "pop", null, null, null, "pulldata('towns', 'population')")
                .row("survey", "calculate", "pop2", null, null, null, "pulldata(${town2}, 'a', 'b', 'c')")
                .row("survey", "select_one_from_file towns.xml", "town3", "Town")
                .sheet("choices", "list_name", "name", "label", "audio::Kyrgyz (ky)")
                .row("choices", "yn", "yes", "Yes", "yes.png");
        List<FormProblem> problems = problems(broken);
        assertThat(problems).extracting(FormProblem::sheet, FormProblem::row, FormProblem::column, FormProblem::columnLetter,
                FormProblem::code, FormProblem::args).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("survey", 2, "media::image", "D", "badMediaFile", List.of("song.mp3", "image")),
                        org.assertj.core.groups.Tuple.tuple("survey", 3, "type", "A", "badItemsFile", List.of("towns.txt")),
                        org.assertj.core.groups.Tuple.tuple("survey", 4, "parameters", "E", "badParameter", List.of("value", "7val")),
                        org.assertj.core.groups.Tuple.tuple("survey", 4, "parameters", "E", "unknownParameter", List.of("colour=red")),
                        org.assertj.core.groups.Tuple.tuple("survey", 5, "calculation", "F", "pulldataArguments", List.of("2")),
                        org.assertj.core.groups.Tuple.tuple("survey", 6, "calculation", "F", "pulldataFile", List.of()),
                        org.assertj.core.groups.Tuple.tuple("survey", 7, "type", "A", "instanceConflict",
                                List.of("towns", "towns.xml", "towns.csv")),
                        org.assertj.core.groups.Tuple.tuple("choices", 2, "media::audio::Kyrgyz (ky)", "D", "badMediaFile",
                                List.of("yes.png", "audio")));
        assertThat(XlsForms.read(broken.bytes(), "broken", "1").xform()).isNull();
    }
}
