package kg.kozomol.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import kg.kozomol.support.IatiSchema;
import kg.kozomol.support.KozomolTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open programme data: only approved (and later) programmes, as JSON and CSV that read back with their Cyrillic, and
 * as IATI 2.03 activity XML whose elements come in the order, and with the attributes, the schema requires.
 */
@KozomolTest
class ProgrammeOpenDataIT {

    private static final String BASE = "/p/programme-data";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JsonMapper mapper;
    ProgrammeWorld world;
    Programme approved;
    Programme draft;

    @BeforeEach
    void setUp() {
        world = new ProgrammeWorld(context);
        approved = world.programme("Социальный контракт: өнүгүү");
        draft = world.programme("Черновик программы");
        List<FrameworkNode> chain = world.chain(approved);
        Indicator share = world.tx.execute(s -> world.framework.addIndicator(approved.id(), chain.get(1).id(),
                new IndicatorDraft("Доля семей с доходом выше черты бедности", "Кедейлик чегинен жогору үй-бүлөлөр",
                        MeasureType.PERCENTAGE, "%", IndicatorDirection.INCREASE, List.of(), "область",
                        "Обследование ОГО", 2025, "31.5", "Нацстатком")));
        world.tx.execute(s -> {
            world.values.save(share, new ValueDraft(2026, ValueKind.TARGET, ValueProducer.PLAN, "40", null, null,
                    null, null, null, null, null), world.focal);
            return world.values.save(share, new ValueDraft(2026, ValueKind.ACTUAL, ValueProducer.CSO_MEASURED, "37.2",
                    "1.4", "34.5", "39.9", "812", "1.6", "Замер ОГО", null), world.coordinator);
        });
        world.tx.execute(s -> world.programmes.move(approved.id(), 0, ProgrammeStatus.PUBLIC_DISCUSSION));
        world.tx.execute(s -> world.programmes.move(approved.id(), 1, ProgrammeStatus.APPROVED));
    }

    @Test
    void jsonHoldsApprovedProgrammesWithTheirFrameworkAndValues() throws Exception {
        byte[] body = mvc.perform(get(BASE + "/programmes.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        JsonNode all = mapper.readTree(body);
        List<String> references = new ArrayList<>();
        all.forEach(p -> references.add(p.get("reference").asString()));
        assertThat(references).contains(approved.reference()).doesNotContain(draft.reference());
        JsonNode mine = find(all, approved.reference());
        assertThat(mine.get("title").get("ru").asString()).isEqualTo("Социальный контракт: өнүгүү");
        assertThat(mine.get("status").asString()).isEqualTo("APPROVED");
        JsonNode indicator = mine.get("framework").get(1).get("indicators").get(0);
        assertThat(indicator.get("name").get("ky").asString()).isEqualTo("Кедейлик чегинен жогору үй-бүлөлөр");
        assertThat(indicator.get("baseline").get("value").asString()).isEqualTo("31.5");
        JsonNode actual = indicator.get("values").get(1);
        assertThat(actual.get("producer").asString()).isEqualTo("CSO_MEASURED");
        assertThat(actual.get("se").decimalValue()).isEqualByComparingTo("1.4");
        assertThat(actual.get("n").asInt()).isEqualTo(812);
    }

    @Test
    void csvStartsWithABomAndReadsBackWithCyrillic() throws Exception {
        byte[] body = mvc.perform(get(BASE + "/programmes.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3),
                        StandardCharsets.UTF_8)).getRecords();
        List<CSVRecord> mine = rows.stream().filter(r -> r.get("programme_reference").equals(approved.reference()))
                .toList();
        assertThat(rows).noneMatch(r -> r.get("programme_reference").equals(draft.reference()));
        assertThat(mine).extracting(r -> r.get("value_kind")).containsExactly("TARGET", "ACTUAL");
        assertThat(mine.get(1).get("indicator_name_ky")).isEqualTo("Кедейлик чегинен жогору үй-бүлөлөр");
        assertThat(mine.get(1).get("programme_title_ru")).isEqualTo("Социальный контракт: өнүгүү");
        assertThat(mine.get(1).get("ci_low")).isEqualTo("34.5");
    }

    @Test
    void iatiActivityFollowsTheSchemaOrderAndRequiredAttributes() throws Exception {
        byte[] body = mvc.perform(get(BASE + "/iati-activities.xml")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("iati-activities");
        assertThat(root.getAttribute("version")).isEqualTo("2.03");
        assertThat(root.getAttribute("generated-datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        Element activity = children(root, "iati-activity").stream()
                .filter(a -> text(a, "iati-identifier").equals("KG-TEST-0042-" + approved.reference())).findFirst()
                .orElseThrow();
        assertThat(children(root, "iati-activity")).noneMatch(a -> text(a, "iati-identifier").endsWith(draft.reference()));
        assertThat(activity.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("ru");
        assertThat(names(activity)).containsExactly("iati-identifier", "reporting-org", "title", "description",
                "participating-org", "activity-status", "activity-date", "activity-date", "recipient-country", "result");
        Element reporting = children(activity, "reporting-org").get(0);
        // the publisher configured in application-test.properties (kozomol.iati.reporting-org.*)
        assertThat(reporting.getAttribute("ref")).isEqualTo("KG-TEST-0042");
        assertThat(reporting.getAttribute("type")).isEqualTo("21");
        assertThat(text(reporting, "narrative")).isEqualTo("Test publisher");
        assertThat(children(activity, "participating-org").get(0).getAttribute("role")).isEqualTo("4");
        assertThat(children(activity, "activity-status").get(0).getAttribute("code")).isEqualTo("1");
        assertThat(children(activity, "activity-date")).extracting(d -> d.getAttribute("iso-date"))
                .containsExactly("2026-01-01", "2030-12-31");
        assertThat(text(children(activity, "title").get(0), "narrative")).isEqualTo("Социальный контракт: өнүгүү");

        Element result = children(activity, "result").get(0);
        assertThat(result.getAttribute("type")).isEqualTo("2");
        assertThat(names(result)).containsExactly("title", "indicator");
        Element indicator = children(result, "indicator").get(0);
        assertThat(indicator.getAttribute("measure")).isEqualTo("2");
        assertThat(indicator.getAttribute("ascending")).isEqualTo("1");
        assertThat(names(indicator)).containsExactly("title", "baseline", "period");
        Element baseline = children(indicator, "baseline").get(0);
        assertThat(baseline.getAttribute("year")).isEqualTo("2025");
        assertThat(baseline.getAttribute("value")).isEqualTo("31.5");
        Element period = children(indicator, "period").get(0);
        assertThat(names(period)).containsExactly("period-start", "period-end", "target", "actual");
        assertThat(children(period, "period-start").get(0).getAttribute("iso-date")).isEqualTo("2026-01-01");
        assertThat(children(period, "period-end").get(0).getAttribute("iso-date")).isEqualTo("2026-12-31");
        assertThat(children(period, "target").get(0).getAttribute("value")).isEqualTo("40");
        Element actual = children(period, "actual").get(0);
        assertThat(actual.getAttribute("value")).isEqualTo("37.2");
        assertThat(text(children(actual, "comment").get(0), "narrative")).contains("CSO_MEASURED", "SE 1.4", "n 812");

        IatiSchema.validateIfPresent(body);
    }

    @Test
    void iatiGivesCategoriesByPositionAndQualitativeFindingsInWordsOnEveryKindOfNode() throws Exception {
        Programme other = world.programme("Инклюзивное образование (синтетика)");
        List<FrameworkNode> chain = world.chain(other);
        FrameworkNode activity = world.tx.execute(s -> world.framework.addNode(other.id(),
                new NodeDraft(chain.get(2).id(), NodeKind.ACTIVITY, "Курсы для учителей", null, null, null)));
        Indicator level = world.tx.execute(s -> world.framework.addIndicator(other.id(), chain.get(0).id(),
                new IndicatorDraft("Уровень инклюзии", null, MeasureType.ORDINAL, null, IndicatorDirection.MAINTAIN,
                        List.of("низкий", "средний", "высокий"), null, "Экспертная оценка", 2024, "низкий", "Аудит ОО")));
        Indicator finding = world.tx.execute(s -> world.framework.addIndicator(other.id(), activity.id(),
                new IndicatorDraft("Отзывы учителей о курсах", null, MeasureType.QUALITATIVE, null, IndicatorDirection.DECREASE,
                        List.of(), null, "Фокус-группы", null, null, null)));
        world.tx.execute(s -> {
            world.values.save(level, new ValueDraft(2026, ValueKind.ACTUAL, ValueProducer.EXPERT_VERIFIED, "средний", null,
                    null, null, null, null, null, null), world.coordinator);
            return world.values.save(finding, new ValueDraft(2026, ValueKind.ACTUAL, ValueProducer.CSO_MEASURED,
                    "Курсы полезны, но слишком коротки", null, null, null, null, null, null, null), world.coordinator);
        });
        world.tx.execute(s -> world.programmes.move(other.id(), 0, ProgrammeStatus.PUBLIC_DISCUSSION));
        world.tx.execute(s -> world.programmes.move(other.id(), 1, ProgrammeStatus.APPROVED));

        byte[] body = mvc.perform(get(BASE + "/iati-activities.xml")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        IatiSchema.validateIfPresent(body);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
        Element mine = children(root, "iati-activity").stream()
                .filter(a -> text(a, "iati-identifier").endsWith(other.reference())).findFirst().orElseThrow();
        List<Element> results = children(mine, "result");
        assertThat(results).extracting(r -> r.getAttribute("type")).containsExactly("3", "9");
        Element ordinal = children(results.get(0), "indicator").get(0);
        assertThat(ordinal.getAttribute("measure")).isEqualTo("4");
        assertThat(ordinal.hasAttribute("ascending")).isFalse();
        Element baseline = children(ordinal, "baseline").get(0);
        assertThat(baseline.getAttribute("value")).isEqualTo("1");
        assertThat(text(children(baseline, "comment").get(0), "narrative")).isEqualTo("низкий; Аудит ОО");
        Element actual = children(children(ordinal, "period").get(0), "actual").get(0);
        assertThat(actual.getAttribute("value")).isEqualTo("2");
        assertThat(text(children(actual, "comment").get(0), "narrative")).startsWith("средний; EXPERT_VERIFIED");
        Element qualitative = children(results.get(1), "indicator").get(0);
        assertThat(qualitative.getAttribute("measure")).isEqualTo("5");
        assertThat(qualitative.getAttribute("ascending")).isEqualTo("0");
        Element words = children(children(qualitative, "period").get(0), "actual").get(0);
        assertThat(words.hasAttribute("value")).isFalse();
        assertThat(text(children(words, "comment").get(0), "narrative")).startsWith("Курсы полезны, но слишком коротки; CSO_MEASURED");
    }

    private static JsonNode find(JsonNode all, String reference) {
        for (JsonNode p : all) {
            if (p.get("reference").asString().equals(reference)) {
                return p;
            }
        }
        throw new AssertionError("no programme " + reference);
    }

    private static List<Element> children(Element parent, String name) {
        return elements(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    private static List<String> names(Element parent) {
        return elements(parent).stream().map(Element::getTagName).collect(Collectors.toList());
    }

    private static List<Element> elements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }
}
