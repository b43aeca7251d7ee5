package kg.kozomol.collect.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:15:30Z"), ZoneOffset.UTC);

    private static Object eval(String expression, Map<String, String> answers, String current) {
        return Expressions.evaluate(Expressions.parse(expression), new Answers() {
            @Override
            public String answer(String name) {
                return answers.get(name);
            }

            @Override
            public String current() {
                return current;
            }
        }, CLOCK);
    }

    private static Object eval(String expression, Map<String, String> answers) {
        return eval(expression, answers, "");
    }

    @Test
    void comparesAnswersAsNumbersWhenEitherSideIsANumber() {
        assertThat(eval("${age} >= 18", Map.of("age", "21"))).isEqualTo(true);
        assertThat(eval("${age} = 21", Map.of("age", "21.0"))).isEqualTo(true);
        assertThat(eval("${sex} = 'f'", Map.of("sex", "f"))).isEqualTo(true);
        assertThat(eval("${sex} != 'f'", Map.of("sex", "m"))).isEqualTo(true);
        assertThat(eval("${age} < 18", Map.of())).isEqualTo(false);
    }

    @Test
    void appliesArithmeticWithXPathPrecedence() {
        assertThat(Expressions.text(eval("1 + 2 * 3", Map.of()))).isEqualTo("7");
        assertThat(Expressions.text(eval("(1 + 2) * 3", Map.of()))).isEqualTo("9");
        assertThat(Expressions.text(eval("7 div 2", Map.of()))).isEqualTo("3.5");
        assertThat(Expressions.text(eval("7 mod 3", Map.of()))).isEqualTo("1");
        assertThat(Expressions.text(eval("-${a} - 1", Map.of("a", "2")))).isEqualTo("-3");
        assertThat(Expressions.text(eval("1 div 0", Map.of()))).isEqualTo("Infinity");
    }

    @Test
    void combinesConditionsWithAndOrNot() {
        assertThat(eval("${a} = 1 and ${b} = 2 or not(${c} = 3)", Map.of("a", "1", "b", "0", "c", "4"))).isEqualTo(true);
        assertThat(eval("true() and false()", Map.of())).isEqualTo(false);
    }

    @Test
    void evaluatesTheFunctionsFormAuthorsUse() {
        Map<String, String> answers = Map.of("barriers", "steps narrow", "name", "Айгүл", "phone", "0555123456", "empty", "");
        assertThat(eval("selected(${barriers}, 'narrow')", answers)).isEqualTo(true);
        assertThat(eval("selected(${barriers}, 'ramp')", answers)).isEqualTo(false);
        assertThat(Expressions.text(eval("count-selected(${barriers})", answers))).isEqualTo("2");
        assertThat(Expressions.text(eval("count-selected(${empty})", answers))).isEqualTo("0");
        assertThat(Expressions.text(eval("string-length(${name})", answers))).isEqualTo("5");
        assertThat(eval("regex(${phone}, '^0[0-9]{9}$')", answers)).isEqualTo(true);
        assertThat(eval("concat(${name}, ': ', 3)", answers)).isEqualTo("Айгүл: 3");
        assertThat(eval("coalesce(${empty}, 'none')", answers)).isEqualTo("none");
        assertThat(eval("if(${empty} = '', 'a', 'b')", answers)).isEqualTo("a");
        assertThat(Expressions.text(eval("int(7.9)", answers))).isEqualTo("7");
        assertThat(Expressions.text(eval("number('3.25') * 2", answers))).isEqualTo("6.5");
        assertThat(Expressions.text(eval("round(2.345, 2)", answers))).isEqualTo("2.35");
        assertThat(Expressions.text(eval("round(2.5)", answers))).isEqualTo("3");
        assertThat(eval("today()", answers)).isEqualTo("2026-11-26");
        assertThat((String) eval("now()", answers)).startsWith("2026-11-26T10:15:30");
    }

    @Test
    void comparesDatesAsDays() {
        assertThat(eval(". <= today()", Map.of(), "2026-11-01")).isEqualTo(true);
        assertThat(eval(". <= today()", Map.of(), "2027-01-01")).isEqualTo(false);
        assertThat(Expressions.text(eval("today() - ${born}", Map.of("born", "2026-11-20")))).isEqualTo("6");
    }

    @Test
    void constraintsReadTheCurrentAnswerAsDot() {
        assertThat(eval(". >= 1 and . <= 20", Map.of(), "5")).isEqualTo(true);
        assertThat(eval(". >= 1 and . <= 20", Map.of(), "25")).isEqualTo(false);
    }

    @Test
    void listsTheQuestionsAnExpressionReads() {
        assertThat(Expressions.references(Expressions.parse("if(${a} > 1, concat(${b}, ${a}), ${c})"))).containsExactly("a", "b", "c");
        Expr filter = Expressions.parseFilter("oblast=${oblast} and ${x} != ''");
        assertThat(Expressions.references(filter)).containsExactly("oblast", "x");
        assertThat(Expressions.columns(filter)).containsExactly("oblast");
        assertThat(Expressions.textReferences("Школа: ${school}, ${ floors }")).containsExactly("school", "floors");
    }

    @Test
    void rewritesReferencesAsXFormPathsAndKeepsTheRest() {
        assertThat(Expressions.toXPath("${a} = 'a ${b}' and ${c}>1", name -> "/data/g/" + name))
                .isEqualTo("/data/g/a = 'a ${b}' and /data/g/c>1");
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> Expressions.parse("${a} = ")).isInstanceOf(ExprException.class);
        assertThatThrownBy(() -> Expressions.parse("(${a} = 1")).isInstanceOf(ExprException.class);
        assertThatThrownBy(() -> Expressions.parse("${a} = 'open")).isInstanceOf(ExprException.class);
        assertThatThrownBy(() -> Expressions.parse("frobnicate(${a})")).isInstanceOf(ExprException.class)
                .hasMessageContaining("unknown function");
        assertThatThrownBy(() -> Expressions.parse("${a} # 1")).isInstanceOf(ExprException.class);
        assertThatThrownBy(() -> Expressions.parse("/data/a = 1")).isInstanceOf(ExprException.class);
        Expr wrongArity = Expressions.parse("if(1, 2)");
        assertThatThrownBy(() -> eval("if(1, 2)", Map.of())).isInstanceOf(ExprException.class);
        assertThat(wrongArity).isNotNull();
    }

    @Test
    void acceptsOdkFunctionsItLeavesToThePhoneButDoesNotEvaluateThem() {
        Expr expr = Expressions.parse("jr:choice-name(${a}, '${a}')");
        assertThatThrownBy(() -> Expressions.evaluate(expr, new Answers() {
            @Override
            public String answer(String name) {
                return "x";
            }

            @Override
            public String current() {
                return "";
            }
        }, CLOCK)).isInstanceOf(UnsupportedFunctionException.class);
    }

    @Test
    void pulldataReadsWhatTheAnswersOfferAndIsLeftToThePhoneOtherwise() {
        Answers withCsv = new Answers() {
            @Override
            public String answer(String name) {
                return name.equals("town") ? "karakol" : "";
            }

            @Override
            public String current() {
                return "";
            }

            @Override
            public String pulldata(String instance, String column, String keyColumn, String key) {
                return instance + "/" + column + "/" + keyColumn + "/" + key;
            }
        };
        assertThat(Expressions.evaluate(Expressions.parse("pulldata('towns', 'population', 'name', ${town})"), withCsv, CLOCK))
                .isEqualTo("towns/population/name/karakol");
        assertThatThrownBy(() -> eval("pulldata('towns', 'population', 'name', ${town})", Map.of("town", "karakol")))
                .isInstanceOf(UnsupportedFunctionException.class);
        assertThatThrownBy(() -> Expressions.evaluate(Expressions.parse("pulldata('towns', 'population')"), withCsv, CLOCK))
                .isInstanceOf(ExprException.class).isNotInstanceOf(UnsupportedFunctionException.class);
        assertThat(Expressions.pulldataFiles("pulldata('towns', 'a', 'b', ${x}) + pulldata('people', 'a', 'b', 1)"))
                .containsExactly("towns.csv", "people.csv");
    }
}
