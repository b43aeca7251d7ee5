package kg.kozomol.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * The results framework: the tree and its kind rules, indicators by measure type, targets and actuals with their
 * producers and survey precision, and every kind of wrong value — refused field by field, nothing overwritten.
 */
@KozomolTest
class ResultsFrameworkIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    ProgrammeWorld world;
    Programme programme;

    @BeforeEach
    void setUp() {
        world = new ProgrammeWorld(context);
        programme = world.programme("Социальный контракт в Таласской области");
    }

    @Test
    void aFocalPointBuildsTheTreeGoalOutcomeOutputActivity() throws Exception {
        String base = "/programmes/" + programme.id();
        mvc.perform(get(base + "/nodes/new").with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Уровень: Цель")));
        mvc.perform(post(base + "/nodes").with(csrf()).with(TestUsers.as(world.focal)).param("kind", "GOAL")
                .param("titleRu", "Снизить бедность семей")).andExpect(redirectedUrlPattern(base + "#node-*"));
        FrameworkNode goal = world.framework.tree(programme.id()).get(0);
        mvc.perform(get(base + "/nodes/new").param("parent", Long.toString(goal.id())).with(TestUsers.as(world.focal)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Уровень: Результат")));
        mvc.perform(post(base + "/nodes").with(csrf()).with(TestUsers.as(world.focal)).param("kind", "OUTCOME")
                        .param("parentId", Long.toString(goal.id())).param("titleRu", "Семьи получают устойчивый доход")
                        .param("assumptions", "Рынок труда принимает выпускников").param("risks", "Инфляция"))
                .andExpect(redirectedUrlPattern(base + "#node-*"));
        FrameworkNode outcome = world.framework.tree(programme.id()).get(1);
        FrameworkNode output = world.tx.execute(s -> world.framework.addNode(programme.id(),
                new NodeDraft(outcome.id(), NodeKind.OUTPUT, "Контракты заключены", null, null, null)));
        world.tx.execute(s -> world.framework.addNode(programme.id(),
                new NodeDraft(output.id(), NodeKind.ACTIVITY, "Обучение соцработников", null, null, null)));
        world.tx.execute(s -> world.framework.addNode(programme.id(),
                new NodeDraft(goal.id(), NodeKind.OUTCOME, "Второй результат", null, null, null)));

        List<FrameworkNode> tree = world.framework.tree(programme.id());
        assertThat(tree).extracting(FrameworkNode::titleRu).containsExactly("Снизить бедность семей",
                "Семьи получают устойчивый доход", "Контракты заключены", "Обучение соцработников", "Второй результат");
        assertThat(tree).extracting(FrameworkNode::depth).containsExactly(0, 1, 2, 3, 1);
        assertThat(tree.get(1).assumptions()).isEqualTo("Рынок труда принимает выпускников");
        mvc.perform(get(base).with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Мероприятие: Обучение соцработников")))
                .andExpect(content().string(containsString("Рынок труда принимает выпускников")));
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'programme_node'"
                + " and entity_id = '" + goal.id() + "'")).isEqualTo(1);
    }

    @Test
    void theKindRulesRefuseAWrongParentAndASecondGoal() throws Exception {
        List<FrameworkNode> chain = world.chain(programme);
        String base = "/programmes/" + programme.id();
        mvc.perform(post(base + "/nodes").with(csrf()).with(TestUsers.as(world.coordinator)).param("kind", "OUTPUT")
                        .param("parentId", Long.toString(chain.get(0).id())).param("titleRu", "Продукт под целью"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("уровнем выше")));
        mvc.perform(post(base + "/nodes").with(csrf()).with(TestUsers.as(world.coordinator)).param("kind", "GOAL")
                        .param("titleRu", "Вторая цель"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("У программы одна цель")));
        mvc.perform(post(base + "/nodes").with(csrf()).with(TestUsers.as(world.coordinator)).param("kind", "OUTCOME")
                        .param("parentId", Long.toString(chain.get(0).id())).param("titleRu", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Заполните это поле.")));
        Programme other = world.programme("Чужая программа");
        assertThatThrownBy(() -> world.tx.execute(s -> world.framework.addNode(other.id(),
                new NodeDraft(chain.get(1).id(), NodeKind.OUTPUT, "Под чужим результатом", null, null, null))))
                .isInstanceOf(ProgrammeRuleException.class);
        assertThat(world.framework.tree(programme.id())).hasSize(3);
        assertThat(world.framework.tree(other.id())).isEmpty();
    }

    @Test
    void indicatorsAreCheckedAgainstTheirMeasureType() throws Exception {
        FrameworkNode outcome = world.chain(programme).get(1);
        String url = "/programmes/" + programme.id() + "/nodes/" + outcome.id() + "/indicators";
        mvc.perform(get(url + "/new").with(TestUsers.as(world.coordinator))).andExpect(status().isOk());
        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.coordinator)).param("nameRu", "Число семей")
                        .param("measure", "UNIT").param("direction", "INCREASE").param("baselineValue", "много"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите единицу измерения количественного индикатора.")))
                .andExpect(content().string(containsString("Значение должно быть числом")))
                .andExpect(content().string(containsString("Укажите год базового значения.")));
        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.coordinator)).param("nameRu", "Доля семей")
                        .param("measure", "PERCENTAGE").param("direction", "INCREASE").param("baselineYear", "2025")
                        .param("baselineValue", "120"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Процент должен быть от 0 до 100.")));
        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.coordinator)).param("nameRu", "Оценка качества")
                        .param("measure", "ORDINAL").param("direction", "INCREASE").param("categories", "только одна"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите не менее двух категорий")));
        assertThat(world.framework.indicators(programme.id())).isEmpty();

        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.coordinator)).param("nameRu", "Доля семей выше черты бедности")
                        .param("measure", "PERCENTAGE").param("direction", "INCREASE").param("baselineYear", "2025")
                        .param("baselineValue", "41,5").param("baselineSource", "НСК").param("disaggregations", "пол главы семьи")
                        .param("verification", "Обследование домохозяйств"))
                .andExpect(redirectedUrlPattern("/programmes/" + programme.id() + "#indicator-*"));
        Indicator indicator = world.framework.indicators(programme.id()).get(outcome.id()).get(0);
        assertThat(indicator.baselineValue()).isEqualTo("41.5");
        assertThat(indicator.unit()).isEqualTo("%");
        mvc.perform(get("/programmes/" + programme.id()).with(TestUsers.as(world.coordinator)))
                .andExpect(content().string(containsString("Базовое значение: 41.5 (2025; источник: НСК)")));
    }

    @Test
    void targetsAndActualsAreReadByTheMeasureAndCarryTheirProducerAndPrecision() throws Exception {
        FrameworkNode outcome = world.chain(programme).get(1);
        Indicator share = world.indicator(programme, outcome, MeasureType.PERCENTAGE, null, List.of());
        String url = "/programmes/" + programme.id() + "/indicators/" + share.id() + "/values";
        mvc.perform(get(url).with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ожидается процент от 0 до 100.")));
        mvc.perform(value(url, "2027", "TARGET", null, "55")).andExpect(redirectedUrlPattern("/programmes/*"));
        mvc.perform(value(url, "2027", "ACTUAL", "CSO_MEASURED", "48,2", "se", "1,9", "ciLow", "44.5", "ciHigh", "51.9",
                "n", "1600", "deff", "1.5")).andExpect(redirectedUrlPattern("/programmes/*"));
        mvc.perform(value(url, "2027", "ACTUAL", "STATE_REPORTED", "60")).andExpect(redirectedUrlPattern("/programmes/*"));

        IndicatorValue measured = world.values.find(share.id(), 2027, ValueKind.ACTUAL, ValueProducer.CSO_MEASURED).orElseThrow();
        assertThat(measured.value()).isEqualTo("48.2");
        assertThat(measured.se()).isEqualByComparingTo("1.9");
        assertThat(measured.n()).isEqualTo(1600);
        assertThat(world.values.find(share.id(), 2027, ValueKind.TARGET, ValueProducer.PLAN).orElseThrow().value()).isEqualTo("55");
        mvc.perform(get("/programmes/" + programme.id()).with(TestUsers.as(world.focal)))
                .andExpect(content().string(containsString("Измерение ОГО")))
                .andExpect(content().string(containsString("44.5 – 51.9")));
    }

    @Test
    void wrongValuesAreRefusedFieldByFieldAndNothingIsOverwritten() throws Exception {
        FrameworkNode outcome = world.chain(programme).get(1);
        Indicator share = world.indicator(programme, outcome, MeasureType.PERCENTAGE, null, List.of());
        Indicator families = world.indicator(programme, outcome, MeasureType.UNIT, "семей", List.of());
        Indicator quality = world.indicator(programme, outcome, MeasureType.ORDINAL, null, List.of("низкое", "среднее", "высокое"));
        Indicator story = world.indicator(programme, outcome, MeasureType.QUALITATIVE, null, List.of());
        String shares = "/programmes/" + programme.id() + "/indicators/" + share.id() + "/values";
        String counts = "/programmes/" + programme.id() + "/indicators/" + families.id() + "/values";
        String levels = "/programmes/" + programme.id() + "/indicators/" + quality.id() + "/values";
        String stories = "/programmes/" + programme.id() + "/indicators/" + story.id() + "/values";
        mvc.perform(value(shares, "2027", "ACTUAL", "CSO_MEASURED", "48")).andExpect(redirectedUrlPattern("/programmes/*"));

        mvc.perform(value(shares, "2027", "ACTUAL", "CSO_MEASURED", "120", "version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Процент должен быть от 0 до 100.")));
        mvc.perform(value(counts, "2027", "ACTUAL", "STATE_REPORTED", "около тысячи")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Значение должно быть числом")));
        mvc.perform(value(levels, "2027", "ACTUAL", "EXPERT_VERIFIED", "отличное")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Значение должно быть одной из категорий индикатора.")));
        mvc.perform(value(stories, "2027", "ACTUAL", "CSO_MEASURED", "Семьи довольны", "se", "2")).andExpect(status().isOk())
                .andExpect(content().string(containsString("указываются только для фактических числовых значений")));
        mvc.perform(value(shares, "2028", "TARGET", null, "50", "se", "2")).andExpect(status().isOk())
                .andExpect(content().string(containsString("указываются только для фактических числовых значений")));
        mvc.perform(value(shares, "2028", "ACTUAL", "CSO_MEASURED", "50", "ciLow", "52", "ciHigh", "58", "n", "-3", "deff", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Размер выборки — целое положительное число.")))
                .andExpect(content().string(containsString("Должно быть положительным числом.")))
                .andExpect(content().string(containsString("Значение должно лежать внутри доверительного интервала")));
        mvc.perform(value(shares, "2028", "ACTUAL", "CSO_MEASURED", "50", "ciLow", "45")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите обе границы доверительного интервала.")));
        mvc.perform(value(shares, "20x8", "ACTUAL", "CSO_MEASURED", "50")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите год четырьмя цифрами")));

        mvc.perform(value(shares, "2027", "ACTUAL", "CSO_MEASURED", "49")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Значение за этот год уже есть")));
        mvc.perform(value(shares, "2027", "ACTUAL", "CSO_MEASURED", "49", "version", "0")).andExpect(redirectedUrlPattern("/programmes/*"));
        mvc.perform(value(shares, "2027", "ACTUAL", "CSO_MEASURED", "47", "version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись изменил кто-то другой")));

        assertThat(world.values.of(programme.id()).get(share.id())).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo("49"));
        assertThat(world.values.of(programme.id())).doesNotContainKeys(families.id(), quality.id(), story.id());
        mvc.perform(value(levels, "2027", "ACTUAL", "EXPERT_VERIFIED", "среднее")).andExpect(redirectedUrlPattern("/programmes/*"));
        mvc.perform(get(shares).param("period", "2027").param("producer", "CSO_MEASURED").with(TestUsers.as(world.focal)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Исправить значение индикатора")));
    }

    private MockHttpServletRequestBuilder value(String url, String period, String kind, String producer, String value,
            String... more) {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).with(TestUsers.as(world.focal)).param("period", period)
                .param("kind", kind).param("value", value);
        if (producer != null) {
            request.param("producer", producer);
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return request;
    }
}
