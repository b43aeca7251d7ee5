package kg.kozomol.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.brief.EvidenceItem;
import kg.kozomol.brief.EvidenceItems;
import kg.kozomol.stats.Crosstab;
import kg.kozomol.stats.Domains;
import kg.kozomol.stats.Estimate;
import kg.kozomol.stats.Mean;
import kg.kozomol.stats.Missing;
import kg.kozomol.stats.Options;
import kg.kozomol.stats.RaoScott;
import kg.kozomol.stats.Ratio;
import kg.kozomol.stats.SurveyCsv;
import kg.kozomol.stats.SurveyDesign;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Cross-classified domains, ratios and crosstabs through the pages: every number equal to the stats engine called
 * directly on the same design, the Rao-Scott test shown, exported and stated in the evidence item.
 */
@KozomolTest
class AnalysisEstimatorsIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Datasets datasets;
    @Autowired Analyses analyses;
    @Autowired EvidenceItems evidence;
    @Autowired ResultText text;
    AnalysisWorld world;
    AnalysisPagesIT pages;
    long datasetId;
    SurveyDesign design;

    @BeforeEach
    void setUp() throws Exception {
        world = new AnalysisWorld(context);
        pages = new AnalysisPagesIT();
        pages.mvc = mvc;
        pages.world = world;
        datasetId = pages.upload("survey.csv", AnalysisPagesIT.fixture());
        design = SurveyDesign.of(SurveyCsv.read(AnalysisPagesIT.fixture())).weights("w").strata("stratum").clusters("psu")
                .nest(true).build();
    }

    AnalysisResult result(long analysisId) {
        return analyses.run(datasets.find(datasetId).orElseThrow(), analyses.find(analysisId).orElseThrow().definition());
    }

    static void assertSame(ResultRow row, Estimate e) {
        assertThat(row.estimate()).isEqualTo(e.estimate());
        assertThat(row.se()).isEqualTo(e.se());
        assertThat(row.lower()).isEqualTo(e.ci().lower());
        assertThat(row.upper()).isEqualTo(e.ci().upper());
        assertThat(row.designEffect()).isEqualTo(e.deff().isPresent() && Double.isFinite(e.deff().getAsDouble())
                ? e.deff().getAsDouble() : null);
    }

    @Test
    void crossClassifiedDomainsAreEachADomainOfTheFullDesign() throws Exception {
        Map<String, String> params = AnalysisPagesIT.stratifiedCluster("MEAN", "y");
        params.put("domainVariable2", "q");
        long id = pages.analysisId(pages.define(datasetId, params));

        List<String> labels = new ArrayList<>();
        List<Estimate> expected = new ArrayList<>();
        Domains.by(design, "region", d -> d).forEach(r -> Domains.by(r.result(), "q", d -> Mean.of(d, "y")).forEach(q -> {
            labels.add("region = " + r.level() + " & q = " + q.level());
            expected.add(q.result());
        }));
        AnalysisResult result = result(id);
        assertThat(result.rows()).extracting(ResultRow::domain).containsExactlyElementsOf(labels)
                .contains("region = North & q = no", "region = South & q = yes");
        for (int i = 0; i < expected.size(); i++) {
            assertSame(result.rows().get(i), expected.get(i));
            assertThat(result.rows().get(i).n()).isEqualTo(expected.get(i).n());
        }
        assertThat(result.rows()).filteredOn(r -> r.domain().startsWith("region = South")).allMatch(ResultRow::suppressed);
        mvc.perform(get("/analyses/" + id).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("region = North &amp; q = no")));

        params.put("domainVariable3", "region");
        params.put("domainVariable2", "region");
        pages.define(datasetId, params).andExpect(status().isOk())
                .andExpect(content().string(containsString("Выберите каждую переменную доменов только один раз.")));
    }

    @Test
    void aRatioEqualsTheEnginesSvyratioPerDomain() throws Exception {
        Map<String, String> params = AnalysisPagesIT.stratifiedCluster("RATIO", "late");
        params.put("denominator", "y");
        params.put("removeMissing", "true");
        // late is missing for every respondent of the South: by stratum, each domain has cases
        params.put("domainVariable", "stratum");
        long id = pages.analysisId(pages.define(datasetId, params));

        Options options = Options.DEFAULT.with(Missing.REMOVE);
        var expected = Domains.by(design, "stratum", d -> Ratio.of(d, "late", "y", options));
        AnalysisResult result = result(id);
        assertThat(result.rows()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSame(result.rows().get(i), expected.get(i).result());
        }
        mvc.perform(get("/analyses/" + id).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Отношение late к y")));

        params.remove("denominator");
        pages.define(datasetId, params).andExpect(status().isOk())
                .andExpect(content().string(containsString("Выберите знаменатель отношения.")));
    }

    @Test
    void aCrosstabHasTheEnginesCellSharesAndRaoScottTestOnThePageInExportsAndInEvidence() throws Exception {
        Map<String, String> params = AnalysisPagesIT.stratifiedCluster("CROSSTAB", "region");
        params.remove("domainVariable");
        params.put("title", "Регион и q");
        params.put("columnVariable", "q");
        long id = pages.analysisId(pages.define(datasetId, params));

        Crosstab expected = RaoScott.crosstab(design, "region", "q", Options.DEFAULT);
        AnalysisResult result = result(id);
        assertThat(result.rows()).hasSize(4);
        int base = expected.cells().stream().mapToInt(Estimate::n).sum();
        for (ResultRow row : result.rows()) {
            String[] cell = row.domain().replace("region = ", "").replace(" q = ", "").split(" &");
            Estimate e = expected.cell(cell[0], cell[1]);
            assertSame(row, e);
            assertThat(row.cases()).isEqualTo(e.n());
            assertThat(row.n()).isEqualTo(base);
            assertThat(row.suppressed()).isEqualTo(e.n() < AnalysisResult.SMALL_CELL);
        }
        assertThat(result.rows()).anyMatch(ResultRow::suppressed);
        assertThat(result.test()).isEqualTo(new CrosstabTest(expected.test().value(), expected.test().numeratorDf(),
                expected.test().denominatorDf(), expected.test().pValue()));
        assertThat(expected.test().statistic()).isEqualTo(RaoScott.Statistic.F);

        Locale ru = Locale.forLanguageTag("ru");
        String testLine = text.test(result.test(), ru);
        assertThat(testLine).startsWith("F = ").contains("ndf = ", "ddf = ", "p = ");
        mvc.perform(get("/analyses/" + id).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Тест независимости Рао — Скотта")))
                .andExpect(content().string(containsString(testLine)))
                .andExpect(content().string(containsString(text.value(result, result.rows().get(0).estimate(), ru))));

        byte[] csv = mvc.perform(get("/analyses/" + id + "/export.csv").with(TestUsers.as(world.researcher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records.get(1).get(0)).isEqualTo(result.rows().get(0).domain());
        assertThat(Double.parseDouble(records.get(1).get(1))).isEqualTo(result.rows().get(0).estimate());
        assertThat(records.get(records.size() - 1).get(1)).isEqualTo(testLine);

        mvc.perform(post("/analyses/" + id + "/evidence").param("finding", "").with(TestUsers.as(world.researcher))
                .with(csrf())).andExpect(status().is3xxRedirection());
        Long evidenceId = analyses.find(id).orElseThrow().evidenceId();
        EvidenceItem item = evidence.find(evidenceId).orElseThrow();
        assertThat(item.content()).contains("Тест независимости Рао — Скотта: " + testLine)
                .contains("region = North & q = yes");
        assertThat(item.precision().unweightedN()).as("the table's respondents, once").isEqualTo(base);

        params.put("domainVariable", "region");
        pages.define(datasetId, params).andExpect(status().isOk())
                .andExpect(content().string(containsString("Таблица сопряжённости считается по всей выборке")));
    }
}
