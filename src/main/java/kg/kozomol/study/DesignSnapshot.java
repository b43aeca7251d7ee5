package kg.kozomol.study;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.kozomol.study.sampling.Domain;
import kg.kozomol.study.sampling.SamplingPlan;
import kg.kozomol.study.sampling.Stage;
import kg.kozomol.study.sampling.Stratum;

/**
 * The design as plain text per item, in a fixed order and without the reader's language: what a revision keeps
 * and what two revisions are compared on. Lists of codes (methods, oblasts, estimate, allocation) are kept as
 * codes so the page can name them in any language.
 */
final class DesignSnapshot {

    /** Items whose value is a comma-separated list of enum codes, with the message prefix that names them. */
    static final Map<String, String> CODED = Map.of("methods", "StudyMethod.", "oblasts", "Oblast.",
            "plan.estimate", "Estimate.", "plan.allocation", "Allocation.");

    /** Every item in the order of the design. */
    static final List<String> ORDER = List.of("title.ru", "title.ky", "objectives", "methods", "targetPopulation", "oblasts",
            "period", "instruments", "ethics", "plan.estimate", "plan.populationSize", "plan.proportion",
            "plan.standardDeviation", "plan.confidence", "plan.margin", "plan.designEffect", "plan.responseRate",
            "plan.allocation", "plan.plannedSample", "plan.strata", "plan.stages", "plan.domains");

    private DesignSnapshot() {}

    static Map<String, String> of(Study study, StudyPlan stored) {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("title.ru", study.titleRu());
        content.put("title.ky", study.titleKy());
        content.put("objectives", study.objectives());
        content.put("methods", codes(study.methods()));
        content.put("targetPopulation", study.targetPopulation());
        content.put("oblasts", codes(study.oblasts()));
        content.put("period", study.periodStart() == null && study.periodEnd() == null ? null
                : (study.periodStart() == null ? "" : study.periodStart().toString()) + " – "
                        + (study.periodEnd() == null ? "" : study.periodEnd().toString()));
        content.put("instruments", lines(study.instruments(), i -> (i.title() == null ? "" : i.title() + " — ") + i.url()));
        content.put("ethics", study.ethics());
        if (stored != null) {
            SamplingPlan plan = stored.plan();
            content.put("plan.estimate", plan.estimate().name());
            content.put("plan.populationSize", number(plan.populationSize()));
            content.put("plan.proportion", number(plan.proportion()));
            content.put("plan.standardDeviation", number(plan.standardDeviation()));
            content.put("plan.confidence", plan.confidence().percent() + "%");
            content.put("plan.margin", number(plan.margin()));
            content.put("plan.designEffect", number(plan.designEffect()));
            content.put("plan.responseRate", number(plan.responseRate()));
            content.put("plan.allocation", plan.allocation().name());
            content.put("plan.plannedSample", number(plan.plannedSample()));
            content.put("plan.strata", lines(plan.strata(), DesignSnapshot::stratum));
            content.put("plan.stages", lines(plan.stages(), DesignSnapshot::stage));
            content.put("plan.domains", lines(plan.domains(), DesignSnapshot::domain));
        }
        content.values().removeIf(v -> v == null || v.isBlank());
        return content;
    }

    private static String stratum(Stratum s) {
        return s.name() + " — " + number(s.size()) + (s.standardDeviation() == null ? "" : ", σ = " + number(s.standardDeviation()));
    }

    private static String stage(Stage s) {
        return s.unit() + " × " + number(s.count());
    }

    private static String domain(Domain d) {
        String population = d.share() != null ? number(d.share() * 100) + "%" : d.size() != null ? number(d.size()) : "";
        String stratum = d.stratum() == null || d.stratum().isBlank() ? "" : " → " + d.stratum();
        return d.name() + (population.isEmpty() ? "" : " — " + population) + stratum;
    }

    private static <T> String lines(List<T> items, Function<T, String> line) {
        return items.isEmpty() ? null : items.stream().map(line).collect(Collectors.joining("\n"));
    }

    private static String codes(List<? extends Enum<?>> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static String number(Number value) {
        if (value == null) {
            return null;
        }
        // Twelve digits hide binary noise such as 0.06 × 100 = 6.000000000000001.
        BigDecimal decimal = value instanceof Double d ? BigDecimal.valueOf(d).round(new java.math.MathContext(12))
                : new BigDecimal(value.toString());
        return decimal.stripTrailingZeros().toPlainString();
    }
}
