package kg.kozomol.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kg.kozomol.stats.Categories;
import kg.kozomol.stats.Crosstab;
import kg.kozomol.stats.Design;
import kg.kozomol.stats.Domains;
import kg.kozomol.stats.Estimate;
import kg.kozomol.stats.Factor;
import kg.kozomol.stats.Mean;
import kg.kozomol.stats.Missing;
import kg.kozomol.stats.Options;
import kg.kozomol.stats.QuantileEstimate;
import kg.kozomol.stats.QuantileOptions;
import kg.kozomol.stats.Quantiles;
import kg.kozomol.stats.RaoScott;
import kg.kozomol.stats.RaoScottResult;
import kg.kozomol.stats.Ratio;
import kg.kozomol.stats.SurveyData;
import kg.kozomol.stats.SurveyDesign;
import kg.kozomol.stats.SurveyException;
import kg.kozomol.stats.Total;

/**
 * Runs a definition on survey data with the stats engine: the design as R's {@code svydesign}, each domain on the
 * full design. Whatever the engine refuses, and any number it could not compute, becomes an
 * {@link AnalysisException} naming the variable, stratum or domain: no NaN ever reaches a result.
 */
final class AnalysisEngine {

    private AnalysisEngine() {}

    static AnalysisResult run(SurveyData data, AnalysisDefinition definition) {
        try {
            checkNamed(data, definition);
            SurveyDesign design = design(data, definition);
            if (definition.estimator() == Estimator.CROSSTAB) {
                return crosstab(design, definition, summary(data, definition));
            }
            List<ResultRow> rows = new ArrayList<>();
            byDomains(design, definition, definition.domainVariables(), rows);
            if (rows.isEmpty()) {
                throw new AnalysisException("analysis.problem.noDomains", String.join(" × ", definition.domainVariables()));
            }
            return new AnalysisResult(definition.estimator(), definition.variable(), List.copyOf(rows),
                    summary(data, definition), null);
        } catch (SurveyException e) {
            throw new AnalysisException(e.code(), e.args().toArray());
        }
    }

    /**
     * Cross-classified domains: each level of the first variable on the full design, within it each level of the next,
     * and so on, so every cell is a domain of the full design (R's {@code svyby} with {@code ~a+b}).
     */
    private static void byDomains(Design design, AnalysisDefinition d, List<String> variables, List<ResultRow> rows) {
        if (variables.isEmpty()) {
            rows.add(estimate(design, d, design.domain().isEmpty() ? null : design.domain()));
            return;
        }
        Domains.by(design, variables.get(0), domain -> domain)
                .forEach(domain -> byDomains(domain.result(), d, variables.subList(1, variables.size()), rows));
    }

    /** Each cell's share of the whole table with its SE, and the Rao-Scott F test, on the full design. */
    private static AnalysisResult crosstab(Design design, AnalysisDefinition d, DesignSummary summary) {
        Crosstab table = RaoScott.crosstab(design, d.variable(), d.columnVariable(), Options.DEFAULT);
        int base = table.cells().stream().mapToInt(Estimate::n).sum();
        List<ResultRow> rows = new ArrayList<>();
        for (String column : table.columnLevels()) {
            for (String row : table.rowLevels()) {
                String cell = d.variable() + " = " + row + " & " + d.columnVariable() + " = " + column;
                rows.add(checked(row(cell, table.cell(row, column), base), d, cell));
            }
        }
        RaoScottResult test = table.test();
        if (Stream.of(test.value(), test.numeratorDf(), test.denominatorDf(), test.pValue()).anyMatch(v -> !Double.isFinite(v))) {
            throw new AnalysisException("analysis.problem.noTest", d.variable(), d.columnVariable());
        }
        return new AnalysisResult(Estimator.CROSSTAB, d.variable(), List.copyOf(rows), summary,
                new CrosstabTest(test.value(), test.numeratorDf(), test.denominatorDf(), test.pValue()));
    }

    private static void checkNamed(SurveyData data, AnalysisDefinition d) {
        Stream.concat(Stream.of(d.weights(), d.strata(), d.clusters(), d.fpc(), d.variable(), d.denominator(),
                d.columnVariable()), d.domainVariables().stream())
                .filter(name -> name != null && !data.has(name)).findFirst().ifPresent(name -> {
                    throw new AnalysisException("stats.problem.unknownVariable", name);
                });
    }

    static SurveyDesign design(SurveyData data, AnalysisDefinition d) {
        SurveyDesign.Builder builder = SurveyDesign.of(data).nest(d.nest()).lonelyPsu(d.lonelyPsu());
        if (d.clusters() != null) {
            builder.clusters(d.clusters());
        }
        if (d.strata() != null) {
            builder.strata(d.strata());
        }
        if (d.weights() != null) {
            builder.weights(d.weights());
        }
        if (d.fpc() != null) {
            builder.fpc(d.fpc());
        }
        return builder.build();
    }

    private static ResultRow estimate(Design design, AnalysisDefinition d, String domain) {
        Missing missing = d.removeMissing() ? Missing.REMOVE : Missing.FAIL;
        Options options = Options.DEFAULT.with(missing);
        ResultRow row = switch (d.estimator()) {
            case MEAN -> row(domain, Mean.of(design, d.variable(), options), null);
            case TOTAL -> row(domain, Total.of(design, d.variable(), options), null);
            case PROPORTION -> proportion(design, d, options, domain);
            case QUANTILE -> quantile(design, d, missing, domain);
            case RATIO -> row(domain, Ratio.of(design, d.variable(), d.denominator(), options), null);
            case CROSSTAB -> throw new IllegalStateException("A crosstab has no domains");
        };
        return checked(row, d, domain);
    }

    private static ResultRow checked(ResultRow row, AnalysisDefinition d, String domain) {
        if (Stream.of(row.estimate(), row.se(), row.lower(), row.upper()).anyMatch(v -> !Double.isFinite(v))) {
            throw new AnalysisException("analysis.problem.notEstimable", d.variable(), domain == null ? "" : domain);
        }
        return row;
    }

    private static ResultRow proportion(Design design, AnalysisDefinition d, Options options, String domain) {
        Factor factor = design.data().factor(d.variable());
        int level = factor.code(d.category());
        List<Estimate> shares = Categories.proportions(design, d.variable(), options);
        int base = shares.stream().mapToInt(Estimate::n).sum();
        return row(domain, shares.get(level), base);
    }

    private static ResultRow quantile(Design design, AnalysisDefinition d, Missing missing, String domain) {
        QuantileEstimate q = Quantiles.of(design, d.variable(), QuantileOptions.DEFAULT.with(missing),
                d.quantile().doubleValue()).get(0);
        if (q.se().isEmpty() || q.lower().isEmpty() || q.upper().isEmpty()) {
            throw new AnalysisException("analysis.problem.noInterval", d.variable(), domain == null ? "" : domain);
        }
        return new ResultRow(domain, q.estimate(), q.se().getAsDouble(), q.lower().getAsDouble(),
                q.upper().getAsDouble(), null, q.n(), q.n(), q.n() < AnalysisResult.SMALL_CELL);
    }

    private static ResultRow row(String domain, Estimate e, Integer base) {
        Double deff = e.deff().isPresent() && Double.isFinite(e.deff().getAsDouble()) ? e.deff().getAsDouble() : null;
        return new ResultRow(domain, e.estimate(), e.se(), e.ci().lower(), e.ci().upper(), deff,
                base == null ? e.n() : base, e.n(), e.n() < AnalysisResult.SMALL_CELL);
    }

    private static DesignSummary summary(SurveyData data, AnalysisDefinition d) {
        int strata = d.strata() == null ? 0 : data.factor(d.strata()).levels().size();
        int psus = 0;
        if (d.clusters() != null) {
            Factor clusters = data.factor(d.clusters());
            if (d.nest() && d.strata() != null) {
                int[] stratum = data.factor(d.strata()).codes();
                Set<Long> pairs = new HashSet<>();
                for (int row = 0; row < clusters.size(); row++) {
                    pairs.add(((long) stratum[row] << 32) | (clusters.codes()[row] & 0xffffffffL));
                }
                psus = pairs.size();
            } else {
                psus = clusters.levels().size();
            }
        }
        return new DesignSummary(strata, psus, d.weights(), d.fpc(), data.rows());
    }
}
