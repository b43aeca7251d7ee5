package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** svychisq (Rao-Scott, statistics "F" and "Chisq") against R. */
class SurveyChisqTest {

    private static final RFixtures R = RFixtures.load("chisq");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String design : RDesigns.all().keySet()) {
            cases.add(Arguments.of(design, "schwide_stype", "sch.wide", "stype"));
            cases.add(Arguments.of(design, "awards_yr.rnd", "awards", "yr.rnd"));
            cases.add(Arguments.of(design, "stype_comp.imp", "stype", "comp.imp"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void raoScottMatchesSvychisq(String design, String table, String rows, String columns) {
        String caseName = design + "_" + table;
        SurveyDesign survey = RDesigns.get(design);
        if (R.has(caseName, "error", "R")) {
            assertThatThrownBy(() -> RaoScott.test(survey, rows, columns))
                    .isInstanceOfSatisfying(SurveyException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.TOO_FEW_LEVELS);
                        assertThat(e.args()).containsExactly(columns, 1);
                    });
            return;
        }
        RaoScottResult f = RaoScott.test(survey, rows, columns);
        R.check(caseName + "_F", "statistic", "F", f.value(), RFixtures.VARIANCE);
        R.check(caseName + "_F", "parameter", "ndf", f.numeratorDf(), RFixtures.VARIANCE);
        R.check(caseName + "_F", "parameter", "ddf", f.denominatorDf(), RFixtures.VARIANCE);
        R.check(caseName + "_F", "p_value", "p", f.pValue(), RFixtures.VARIANCE);
        R.check(caseName + "_F", "pearson", "X-squared", f.pearson(), RFixtures.ESTIMATE);
        RaoScottResult chisq = RaoScott.test(survey, rows, columns, RaoScott.Statistic.CHISQ);
        R.check(caseName + "_Chisq", "statistic", "X-squared", chisq.value(), RFixtures.ESTIMATE);
        R.check(caseName + "_Chisq", "parameter", "df", chisq.numeratorDf(), RFixtures.ESTIMATE);
        R.check(caseName + "_Chisq", "p_value", "p", chisq.pValue(), RFixtures.VARIANCE);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void crosstabCellsMatchSvymeanOfTheInteraction(String design, String table, String rows, String columns) {
        String caseName = design + "_" + table;
        if (R.has(caseName, "error", "R")) {
            return;
        }
        Crosstab crosstab = RaoScott.crosstab(RDesigns.get(design), rows, columns, Options.DEFAULT);
        assertThat(crosstab.cells()).extracting(Estimate::term)
                .containsExactlyElementsOf(R.terms(caseName + "_cells", "estimate"));
        crosstab.cells().forEach(cell -> R.checkEstimate(caseName + "_cells", cell.term(), cell));
        assertThat(crosstab.test().value()).isEqualTo(RaoScott.test(RDesigns.get(design), rows, columns).value());
        String first = crosstab.rowLevels().get(0) + "." + crosstab.columnLevels().get(1);
        assertThat(crosstab.cell(crosstab.rowLevels().get(0), crosstab.columnLevels().get(1)).term()).isEqualTo(first);
    }
}
