package kg.kozomol.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kg.kozomol.stats.Categories;
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
            List<ResultRow> rows = new ArrayList<>();
            if (definition.domainVariable() == null) {
                rows.add(estimate(design, definition, null));
            } else {
                Domains.by(design, definition.domainVariable(), d -> d).forEach(
                        domain -> rows.add(estimate(domain.result(), definition, domain.level())));
                if (rows.isEmpty()) {
                    throw new AnalysisException("analysis.problem.noDomains", definition.domainVariable());
                }
            }
            return new AnalysisResult(definition.estimator(), definition.variable(), List.copyOf(rows),
                    summary(data, definition));
        } catch (SurveyException e) {
            throw new AnalysisException(e.code(), e.args().toArray());
        }
    }

    private static void checkNamed(SurveyData data, AnalysisDefinition d) {
        Stream.of(d.weights(), d.strata(), d.clusters(), d.fpc(), d.variable(), d.domainVariable())
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
        };
        if (Stream.of(row.estimate(), row.se(), row.lower(), row.upper()).anyMatch(v -> !Double.isFinite(v))) {
            throw new AnalysisException("analysis.problem.notEstimable", d.variable(),
                    domain == null ? "" : d.domainVariable() + " = " + domain);
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
            throw new AnalysisException("analysis.problem.noInterval", d.variable(),
                    domain == null ? "" : d.domainVariable() + " = " + domain);
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
