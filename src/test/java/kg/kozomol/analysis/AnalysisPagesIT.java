package kg.kozomol.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import kg.kozomol.brief.EvidenceItem;
import kg.kozomol.brief.EvidenceItems;
import kg.kozomol.brief.EvidenceKind;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.jobs.JobStatus;
import kg.kozomol.jobs.JobView;
import kg.kozomol.jobs.Jobs;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.stats.Categories;
import kg.kozomol.stats.DomainEstimate;
import kg.kozomol.stats.Domains;
import kg.kozomol.stats.Estimate;
import kg.kozomol.stats.Mean;
import kg.kozomol.stats.SurveyCsv;
import kg.kozomol.stats.SurveyData;
import kg.kozomol.stats.SurveyDesign;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Datasets and analyses through the pages: uploads in every encoding and format, results equal to the stats engine's,
 * the small-cell flag, every kind of bad design input, exports read back, and a result saved as cited evidence.
 */
@KozomolTest
class AnalysisPagesIT {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Datasets datasets;
    @Autowired Analyses analyses;
    @Autowired EvidenceItems evidence;
    @Autowired Jobs jobs;
    AnalysisWorld world;

    @BeforeEach
    void setUp() {
        world = new AnalysisWorld(context);
    }

    static byte[] fixture() throws IOException {
        try (var in = AnalysisPagesIT.class.getResourceAsStream("/analysis/survey.csv")) {
            return in.readAllBytes();
        }
    }

    long upload(String name, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/studies/" + world.study.id() + "/datasets")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(redirectedUrlPattern("/datasets/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    ResultActions define(long datasetId, Map<String, String> params) throws Exception {
        var request = post("/datasets/" + datasetId + "/analyses").with(TestUsers.as(world.researcher)).with(csrf());
        params.forEach(request::param);
        return mvc.perform(request);
    }

    long analysisId(ResultActions actions) throws Exception {
        String location = actions.andExpect(redirectedUrlPattern("/analyses/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static Map<String, String> stratifiedCluster(String estimator, String variable) {
        return new HashMap<>(Map.of("title", "Доход по регионам", "weights", "w", "strata", "stratum",
                "clusters", "psu", "nest", "true", "lonelyPsu", "FAIL", "estimator", estimator, "variable", variable,
                "domainVariable", "region"));
    }

    @Test
    void aWindows1251CsvWithSemicolonsAndDecimalCommasIsReadWithItsColumnTypes() throws Exception {
        String text = "регион;вес;доход\nСевер;1,5;100\nЮг;2;\nСевер;2,5;NA\n";
        long id = upload("опрос.csv", text.getBytes(WINDOWS_1251));
        Dataset dataset = datasets.find(id).orElseThrow();
        assertThat(dataset.rows()).isEqualTo(3);
        assertThat(dataset.columns()).containsExactly(new DatasetColumn(0, "регион", ColumnType.CATEGORICAL, 0, 2),
                new DatasetColumn(1, "вес", ColumnType.NUMERIC, 0, 3), new DatasetColumn(2, "доход", ColumnType.NUMERIC, 2, 1));
        SurveyData data = datasets.data(dataset);
        assertThat(data.numeric("вес").values()).containsExactly(1.5, 2, 2.5);
        assertThat(data.factor("регион").levels()).containsExactly("Север", "Юг");
        mvc.perform(get("/datasets/" + id).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("регион"))).andExpect(content().string(containsString("категориальный")));
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'analysis_dataset' and entity_id = '"
                + id + "'")).isEqualTo(1);
    }

    @Test
    void anXlsxWorkbookIsReadFromItsFirstSheet() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("data");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("w");
            header.createCell(1).setCellValue("sex");
            for (int r = 1; r <= 4; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r * 1.25);
                row.createCell(1).setCellValue(r % 2 == 0 ? "ж" : "м");
            }
            workbook.write(bytes);
        }
        long id = upload("data.xlsx", bytes.toByteArray());
        Dataset dataset = datasets.find(id).orElseThrow();
        assertThat(dataset.rows()).isEqualTo(4);
        assertThat(dataset.columns()).extracting(DatasetColumn::type).containsExactly(ColumnType.NUMERIC, ColumnType.CATEGORICAL);
        assertThat(datasets.data(dataset).numeric("w").values()).containsExactly(1.25, 2.5, 3.75, 5);
    }

    @Test
    void aFileThatIsNotADatasetIsRefusedAndNothingIsKept() throws Exception {
        long before = world.fixtures.count("select count(*) from analysis_dataset");
        long files = world.fixtures.count("select count(*) from stored_file where purpose = 'analysis.dataset'");
        mvc.perform(multipart("/studies/" + world.study.id() + "/datasets")
                        .file(new MockMultipartFile("file", "empty.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8)))
                        .with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("В файле нет строк с данными под заголовком")));
        mvc.perform(multipart("/studies/" + world.study.id() + "/datasets")
                        .file(new MockMultipartFile("file", "twice.csv", "text/csv", "a,a\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                        .with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Название столбца «a» встречается дважды")));
        mvc.perform(multipart("/studies/" + world.study.id() + "/datasets").with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Выберите файл.")));
        assertThat(world.fixtures.count("select count(*) from analysis_dataset")).isEqualTo(before);
        assertThat(world.fixtures.count("select count(*) from stored_file where purpose = 'analysis.dataset'")).isEqualTo(files);
    }

    @Test
    void domainMeansEqualTheStatsEngineAndASmallDomainIsNotForPublication() throws Exception {
        long datasetId = upload("survey.csv", fixture());
        long id = analysisId(define(datasetId, stratifiedCluster("MEAN", "y")));

        SurveyData data = SurveyCsv.read(fixture());
        SurveyDesign design = SurveyDesign.of(data).weights("w").strata("stratum").clusters("psu").nest(true).build();
        List<DomainEstimate<Estimate>> expected = Domains.by(design, "region", d -> Mean.of(d, "y"));
        Analysis analysis = analyses.find(id).orElseThrow();
        AnalysisResult result = analyses.run(datasets.find(datasetId).orElseThrow(), analysis.definition());
        assertThat(result.rows()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Estimate e = expected.get(i).result();
            ResultRow row = result.rows().get(i);
            assertThat(row.domain()).isEqualTo("region = " + expected.get(i).level());
            assertThat(row.estimate()).isEqualTo(e.estimate());
            assertThat(row.se()).isEqualTo(e.se());
            assertThat(row.lower()).isEqualTo(e.ci().lower());
            assertThat(row.upper()).isEqualTo(e.ci().upper());
            assertThat(row.designEffect()).isEqualTo(e.deff().getAsDouble());
            assertThat(row.n()).isEqualTo(e.n());
        }
        assertThat(result.rows().get(0).suppressed()).isFalse();
        assertThat(result.rows().get(1)).extracting(ResultRow::domain, ResultRow::n, ResultRow::suppressed)
                .containsExactly("region = South", 3, true);
        assertThat(result.design()).isEqualTo(new DesignSummary(2, 6, "w", null, 24));

        ResultText text = context.getBean(ResultText.class);
        Locale ru = Locale.forLanguageTag("ru");
        mvc.perform(get("/analyses/" + id).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString(text.value(result, result.rows().get(0).estimate(), ru))))
                .andExpect(content().string(containsString(text.interval(result, result.rows().get(0), ru))))
                .andExpect(content().string(containsString("Не для публикации: меньше 5 респондентов")))
                .andExpect(content().string(containsString("стратифицированный кластерный дизайн, страт — 2, ПЕВ — 6, веса w")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(not(containsString("NaN"))));

        byte[] csv = mvc.perform(get("/analyses/" + id + "/export.csv").with(TestUsers.as(world.researcher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("Подгруппа");
        for (int i = 0; i < 2; i++) {
            CSVRecord record = records.get(i + 1);
            ResultRow row = result.rows().get(i);
            assertThat(record.get(0)).isEqualTo(row.domain());
            assertThat(Double.parseDouble(record.get(1))).isEqualTo(row.estimate());
            assertThat(Double.parseDouble(record.get(2))).isEqualTo(row.se());
            assertThat(Double.parseDouble(record.get(3))).isEqualTo(row.lower());
            assertThat(Double.parseDouble(record.get(4))).isEqualTo(row.upper());
            assertThat(Integer.parseInt(record.get(6))).isEqualTo(row.n());
        }
        assertThat(records.get(2).get(8)).isEqualTo("не для публикации");

        byte[] xlsx = mvc.perform(get("/analyses/" + id + "/export.xlsx").with(TestUsers.as(world.researcher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < 2; i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(result.rows().get(i).domain());
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(result.rows().get(i).estimate());
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(result.rows().get(i).se());
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(result.rows().get(i).designEffect());
            }
        }
    }

    @Test
    void badDesignInputIsNamedAndNothingIsSaved() throws Exception {
        long datasetId = upload("survey.csv", fixture());
        long before = world.fixtures.count("select count(*) from analysis");
        Map<String, String> zeroWeight = stratifiedCluster("MEAN", "y");
        zeroWeight.put("weights", "w0");
        define(datasetId, zeroWeight).andExpect(status().isOk())
                .andExpect(content().string(containsString("Вес «w0» в строке 6 равен 0; веса должны быть положительными.")));
        Map<String, String> lonely = stratifiedCluster("MEAN", "y");
        lonely.put("strata", "lonely");
        define(datasetId, lonely).andExpect(status().isOk())
                .andExpect(content().string(containsString("В страте 3 на ступени 1 одна первичная единица отбора")));
        lonely.put("lonelyPsu", "ADJUST");
        define(datasetId, lonely).andExpect(redirectedUrlPattern("/analyses/*"));
        define(datasetId, stratifiedCluster("MEAN", "income")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Переменная «income» должна быть числовой, но в строке 14 стоит «n/a».")));
        Map<String, String> emptyDomain = stratifiedCluster("MEAN", "late");
        emptyDomain.put("removeMissing", "true");
        define(datasetId, emptyDomain).andExpect(status().isOk())
                .andExpect(content().string(containsString("В подгруппе region = South нет наблюдений со значением «late».")))
                .andExpect(content().string(not(containsString("NaN"))));
        Map<String, String> noCategory = stratifiedCluster("PROPORTION", "q");
        define(datasetId, noCategory).andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите категорию, долю которой оценивать.")));
        noCategory.put("category", "maybe");
        define(datasetId, noCategory).andExpect(status().isOk())
                .andExpect(content().string(containsString("У переменной «q» нет значения «maybe».")));
        Map<String, String> unknown = stratifiedCluster("QUANTILE", "nope");
        unknown.put("quantile", "1.5");
        define(datasetId, unknown).andExpect(status().isOk())
                .andExpect(content().string(containsString("Выберите столбец набора данных.")))
                .andExpect(content().string(containsString("Укажите квантиль от 0 до 1")));
        assertThat(world.fixtures.count("select count(*) from analysis")).isEqualTo(before + 1);
    }

    @Test
    void aShareSavedAsEvidenceIsCitedByTheFindingWithItsDesignAndPrecision() throws Exception {
        long datasetId = upload("survey.csv", fixture());
        Map<String, String> share = stratifiedCluster("PROPORTION", "q");
        share.put("category", "yes");
        share.remove("domainVariable");
        share.put("title", "Доля ответивших «да»");
        long id = analysisId(define(datasetId, share));

        SurveyDesign design = SurveyDesign.of(SurveyCsv.read(fixture())).weights("w").strata("stratum").clusters("psu")
                .nest(true).build();
        Estimate yes = Categories.proportions(design, "q").get(1);
        mvc.perform(post("/analyses/" + id + "/evidence").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("finding", world.brief.id() + ":" + world.finding.id()))
                .andExpect(redirectedUrl("/analyses/" + id));
        Long evidenceId = analyses.find(id).orElseThrow().evidenceId();
        EvidenceItem item = evidence.find(evidenceId).orElseThrow();
        assertThat(item.kind()).isEqualTo(EvidenceKind.ESTIMATE);
        assertThat(item.organisationId()).isEqualTo(world.cso.id());
        assertThat(item.title()).isEqualTo("Доля ответивших «да»");
        assertThat(item.url()).endsWith("/analyses/" + id);
        assertThat(item.sourceReference()).isEqualTo("стратифицированный кластерный дизайн, страт — 2, ПЕВ — 6, веса w; респондентов — 24");
        assertThat(item.precision().unweightedN()).isEqualTo(24);
        assertThat(item.precision().marginOfError()).isEqualByComparingTo(
                BigDecimal.valueOf((yes.ci().upper() - yes.ci().lower()) / 2 * 100).setScale(2, RoundingMode.HALF_UP));
        assertThat(item.precision().designEffect()).isEqualByComparingTo(
                BigDecimal.valueOf(yes.deff().getAsDouble()).setScale(2, RoundingMode.HALF_UP));
        assertThat(item.content()).contains("Доля «yes» в q, %").contains("Все респонденты");

        mvc.perform(get("/briefs/" + world.brief.id()).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Доля ответивших «да»")))
                .andExpect(content().string(containsString("стратифицированный кластерный дизайн, страт — 2, ПЕВ — 6")));
        mvc.perform(get("/analyses/" + id).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Сохранено как доказательство № " + evidenceId)));
    }

    @Test
    void onlyTheStudysResearchersAndCoordinatorsSeeItsData() throws Exception {
        long datasetId = upload("survey.csv", fixture());
        long id = analysisId(define(datasetId, stratifiedCluster("MEAN", "y")));
        KozomolPrincipal coordinator = world.member(Role.COORDINATOR, world.cso);
        mvc.perform(get("/analyses/" + id).with(TestUsers.as(coordinator))).andExpect(status().isOk());
        KozomolPrincipal stranger = world.member(Role.RESEARCHER, world.fixtures.organisation(OrganisationKind.CSO));
        for (String path : List.of("/studies/" + world.study.id() + "/datasets", "/datasets/" + datasetId,
                "/datasets/" + datasetId + "/analyses/new", "/analyses/" + id, "/analyses/" + id + "/export.csv")) {
            mvc.perform(get(path).with(TestUsers.as(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/analyses/" + id + "/evidence").with(TestUsers.as(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        KozomolPrincipal monitor = world.member(Role.FIELD_MONITOR, world.cso);
        mvc.perform(get("/analyses/" + id).with(TestUsers.as(monitor))).andExpect(status().isForbidden());
        String file = "/files/" + datasets.find(datasetId).orElseThrow().fileId();
        mvc.perform(get(file).with(TestUsers.as(world.researcher))).andExpect(status().isOk());
        mvc.perform(get(file).with(TestUsers.as(coordinator))).andExpect(status().isOk());
        mvc.perform(get(file).with(TestUsers.as(monitor))).andExpect(status().isNotFound());
        mvc.perform(get(file).with(TestUsers.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/analyses/" + id)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aLargeDatasetIsAnalysedByABackgroundJobWithTheSameNumbers() throws Exception {
        StringBuilder csv = new StringBuilder("stratum,psu,w,y\n");
        for (int row = 0; row < 50_001; row++) {
            csv.append(row % 10 + 1).append(',').append(row / 10 % 50 + 1).append(',').append(10 + row % 7).append(',')
                    .append(row % 13 * 1.5).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        long datasetId = upload("large.csv", bytes);
        Map<String, String> mean = stratifiedCluster("MEAN", "y");
        mean.remove("domainVariable");
        long id = analysisId(define(datasetId, mean));
        UUID jobId = analyses.find(id).orElseThrow().jobId();
        assertThat(jobId).isNotNull();
        JobView job = awaitJob(jobId);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.progressDone()).isEqualTo(3);

        Estimate expected = Mean.of(SurveyDesign.of(SurveyCsv.read(bytes)).weights("w").strata("stratum").clusters("psu")
                .nest(true).build(), "y");
        Analysis analysis = analyses.find(id).orElseThrow();
        ResultRow row = analyses.result(analysis, datasets.find(datasetId).orElseThrow()).orElseThrow().rows().get(0);
        assertThat(row.estimate()).isEqualTo(expected.estimate());
        assertThat(row.se()).isEqualTo(expected.se());
        assertThat(row.n()).isEqualTo(50_001);
        mvc.perform(get("/analyses/" + id).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("стратифицированный кластерный дизайн, страт — 10, ПЕВ — 500")));
        mvc.perform(post("/analyses/" + id + "/evidence").with(TestUsers.as(world.researcher)).with(csrf()))
                .andExpect(redirectedUrl("/analyses/" + id));
        EvidenceItem item = evidence.find(analyses.find(id).orElseThrow().evidenceId()).orElseThrow();
        assertThat(item.precision().unweightedN()).isEqualTo(50_001);
        assertThat(analyses.result(analyses.find(id).orElseThrow(), datasets.find(datasetId).orElseThrow())).isPresent();
    }

    private JobView awaitJob(UUID id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JobView job = jobs.find(id).orElseThrow();
            if (!job.active()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish");
    }
}
