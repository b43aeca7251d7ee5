package kg.kozomol.qual.turns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerTurnsTest {

    @Test
    void recognisesTheDefaultRussianEnglishAndKyrgyzLabels() {
        String text = """
                Интервью записано 12.03.2025 в Таласе.
                Интервьюер: Расскажите о себе.
                Р1: Меня зовут Айгуль.
                  Мне 34 года.
                Интервьюер (И): Спасибо.
                И: Ещё вопрос.
                Р: Да.
                Респондент 2: Согласна.
                Модератор: Начнём.
                Участник 3: Хорошо.
                Interviewer: Thank you.
                R1: Sure.
                Маектешүүчү: Рахмат.
                """;

        List<Turn> turns = SpeakerTurns.split(text, null);

        assertThat(turns).extracting(Turn::speaker).containsExactly(null, "Интервьюер", "Р1", "Интервьюер (И)",
                "И", "Р", "Респондент 2", "Модератор", "Участник 3", "Interviewer", "R1", "Маектешүүчү");
        assertThat(textOf(text, turns.get(0))).isEqualTo("Интервью записано 12.03.2025 в Таласе.");
        assertThat(textOf(text, turns.get(2))).isEqualTo("Меня зовут Айгуль.\n  Мне 34 года.");
        assertThat(textOf(text, turns.get(11))).isEqualTo("Рахмат.");
    }

    @Test
    void aColonInsideATurnOrALowercaseWordIsNoLabel() {
        String text = "Р1: Я сказала так: нет.\nВремя 12:30 было.\nПотом: ушла.";

        List<Turn> turns = SpeakerTurns.split(text, List.of());

        assertThat(turns).hasSize(1);
        assertThat(textOf(text, turns.get(0))).isEqualTo("Я сказала так: нет.\nВремя 12:30 было.\nПотом: ушла.");
    }

    @Test
    void usesTheStudysOwnPatterns() {
        String text = "[Айбек] привет\n[Нурлан] салам";

        List<Turn> turns = SpeakerTurns.split(text, List.of("\\[(?<speaker>[^\\]]+)\\]"));

        assertThat(turns).containsExactly(new Turn("Айбек", 8, 14), new Turn("Нурлан", 24, 29));
    }

    @Test
    void aPatternWithoutSpeakerGroupKeepsTheLabelWithoutColon() {
        List<Turn> turns = SpeakerTurns.split("Q1: a\nQ2: b", List.of("Q\\d+:"));

        assertThat(turns).extracting(Turn::speaker).containsExactly("Q1", "Q2");
    }

    @Test
    void emptyTextHasNoTurns() {
        assertThat(SpeakerTurns.split("", null)).isEmpty();
        assertThat(SpeakerTurns.split("И:   \n", null)).isEmpty();
    }

    @Test
    void splitsSentencesWithinLines() {
        String text = "Мы пришли в 10 ч. утра. Никого не было!\nР1: Правда?  Да.";

        List<String> sentences = SpeakerTurns.sentences(text).stream()
                .map(unit -> text.substring(unit[0], unit[1])).toList();

        assertThat(sentences).containsExactly("Мы пришли в 10 ч. утра.", "Никого не было!", "Р1: Правда?", "Да.");
    }

    @Test
    void sentenceUnitsOfTurnsLeaveTheLabelsOut() {
        String text = "И: Как дела?\nР1: Хорошо. Спасибо.";

        List<String> sentences = SpeakerTurns.sentences(text, SpeakerTurns.split(text, null)).stream()
                .map(unit -> text.substring(unit[0], unit[1])).toList();

        assertThat(sentences).containsExactly("Как дела?", "Хорошо.", "Спасибо.");
    }

    private static String textOf(String text, Turn turn) {
        return text.substring(turn.start(), turn.end());
    }
}
