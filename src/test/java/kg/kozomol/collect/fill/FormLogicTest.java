package kg.kozomol.collect.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import kg.kozomol.collect.QuestionType;

/** Typed answers the web form accepts, and repeat entries removed from the middle. */
class FormLogicTest {

    @Test
    void typedValuesAreCheckedByType() {
        assertThat(FormLogic.typed(QuestionType.GEOPOINT, "42.87 74.59 0 0")).isTrue();
        assertThat(FormLogic.typed(QuestionType.GEOPOINT, "91 74.59 0 0")).isFalse();
        assertThat(FormLogic.typed(QuestionType.GEOPOINT, "42.87 -181 0 0")).isFalse();
        assertThat(FormLogic.typed(QuestionType.GEOPOINT, "? 74.59 0 0")).isFalse();
        assertThat(FormLogic.typed(QuestionType.GEOPOINT, "север юг")).isFalse();
        assertThat(FormLogic.typed(QuestionType.INTEGER, "-12")).isTrue();
        assertThat(FormLogic.typed(QuestionType.INTEGER, "1.5")).isFalse();
        assertThat(FormLogic.typed(QuestionType.DECIMAL, "1.5")).isTrue();
        assertThat(FormLogic.typed(QuestionType.DECIMAL, "1,5")).isFalse();
        assertThat(FormLogic.typed(QuestionType.DATE, "2026-02-28")).isTrue();
        assertThat(FormLogic.typed(QuestionType.DATE, "2026-02-30")).isFalse();
        assertThat(FormLogic.typed(QuestionType.TIME, "09:30:00.000")).isTrue();
        assertThat(FormLogic.typed(QuestionType.TIME, "25:00")).isFalse();
        assertThat(FormLogic.typed(QuestionType.DATETIME, "2026-11-26T09:30:00.000")).isTrue();
        assertThat(FormLogic.typed(QuestionType.TEXT, "что угодно")).isTrue();
    }

    @Test
    void removingAnEntryMovesTheLaterOnesUp() {
        FillState state = new FillState("uuid:1", Map.of("rooms#", "3", "rooms#0#room", "101", "rooms#1#room", "102",
                "rooms#2#room", "103", "school", "5"), Map.of(), "ru", 2);
        state.removeEntry("rooms", 1);
        assertThat(state.answers()).containsExactlyInAnyOrderEntriesOf(Map.of("rooms#", "2", "rooms#0#room", "101",
                "rooms#1#room", "103", "school", "5"));
        state.removeEntry("rooms", 5);
        state.removeEntry("rooms", 0);
        state.removeEntry("rooms", 0);
        assertThat(state.entries("rooms")).isEqualTo(1);
        assertThat(state.answer("rooms#0#room")).isEqualTo("103");
    }

    @Test
    void choicesFromAnAttachedFileAreFilteredCheckedAndPulldataReadsTheCsv() {
        kg.kozomol.collect.FormModel model = kg.kozomol.collect.xlsform.XlsForms.read(
                kg.kozomol.collect.XlsFormFixture.village("1").bytes(), "village", "1").model();
        java.util.List<Map<String, String>> towns = java.util.List.of(
                Map.of("name", "karakol", "label", "Каракол", "label::Kyrgyz (ky)", "Каракол шаары", "region", "issyk_kul",
                        "population", "80000"),
                Map.of("name", "talas", "label", "Талас", "region", "talas", "population", "40000"),
                Map.of("name", "", "label", "no value", "region", "talas"));
        kg.kozomol.collect.FormData data = file -> file.equals("towns.csv") ? towns : java.util.List.of();
        FormLogic logic = new FormLogic(model, java.time.Clock.systemUTC(), data);
        kg.kozomol.collect.Question town = model.find("town").orElseThrow();
        FillState state = new FillState("uuid:1", Map.of("region", "issyk_kul", "town", "talas"), Map.of(), "Kyrgyz (ky)", 0);

        assertThat(logic.choices(town)).as("a row without a value is no option").extracting(kg.kozomol.collect.Choice::name)
                .containsExactly("karakol", "talas");
        assertThat(logic.offered(town, state, FormLogic.Scope.TOP)).extracting(kg.kozomol.collect.Choice::name)
                .containsExactly("karakol");
        assertThat(logic.text(logic.choices(town).get(0).labels(), "Kyrgyz (ky)")).isEqualTo("Каракол шаары");
        assertThat(logic.check(java.util.List.of(town), state, "Kyrgyz (ky)")).extracting(FormLogic.Issue::messageKey)
                .containsExactly("collect.fill.notOffered");

        state.answer("town", "karakol");
        logic.calculate(state);
        assertThat(state.answer("population")).isEqualTo("80000");
        assertThat(logic.check(java.util.List.of(town), state, "Kyrgyz (ky)")).isEmpty();

        assertThat(logic.pulldataTables()).containsExactly(Map.entry("towns", java.util.List.of(
                Map.of("name", "karakol", "population", "80000"), Map.of("name", "talas", "population", "40000"), Map.of("name", ""))));

        FormLogic unattached = new FormLogic(model, java.time.Clock.systemUTC());
        unattached.calculate(state);
        assertThat(state.answer("population")).as("no file attached: nothing to pull").isEmpty();
        assertThat(unattached.offered(town, state, FormLogic.Scope.TOP)).isEmpty();
    }
}
