package kg.kozomol.study.sampling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a sampling plan calculable. Each violation names the form field it concerns, so a page can put
 * the message next to it; a plan without violations never yields NaN or infinity in {@link PlanCalculator}.
 */
public final class PlanRules {

    public static final int MAX_ROWS = 50;
    public static final int MAX_NAME = 200;
    /** A proportion's margin of error cannot usefully reach 50 points: the interval would span 0–100%. */
    public static final double MAX_PROPORTION_MARGIN = 50;

    private PlanRules() {}

    public static List<Violation> check(SamplingPlan plan) {
        List<Violation> found = new ArrayList<>();
        required(found, "estimate", plan.estimate());
        required(found, "confidence", plan.confidence());
        required(found, "allocation", plan.allocation());
        Long population = plan.populationSize();
        if (required(found, "populationSize", population) && population <= 0) {
            found.add(Violation.of("populationSize", "positive"));
        }
        if (plan.estimate() == Estimate.PROPORTION && plan.proportion() != null
                && (plan.proportion() <= 0 || plan.proportion() >= 1)) {
            found.add(Violation.of("proportion", "proportion"));
        }
        if (plan.estimate() == Estimate.MEAN && required(found, "standardDeviation", plan.standardDeviation())) {
            positive(found, "standardDeviation", plan.standardDeviation());
        }
        if (required(found, "margin", plan.margin()) && positive(found, "margin", plan.margin())
                && plan.estimate() == Estimate.PROPORTION && plan.margin() >= MAX_PROPORTION_MARGIN) {
            found.add(Violation.of("margin", "marginTooLarge", MAX_PROPORTION_MARGIN));
        }
        if (required(found, "designEffect", plan.designEffect())) {
            positive(found, "designEffect", plan.designEffect());
        }
        Double rate = plan.responseRate();
        if (required(found, "responseRate", rate) && (rate <= 0 || rate > 1)) {
            found.add(Violation.of("responseRate", "responseRate"));
        }
        Long planned = plan.plannedSample();
        if (planned != null && positive(found, "plannedSample", planned)
                && population != null && population > 0 && planned > population) {
            found.add(Violation.of("plannedSample", "sampleExceedsPopulation", planned, population));
        }
        strata(found, plan);
        stages(found, plan);
        domains(found, plan);
        return found;
    }

    private static void strata(List<Violation> found, SamplingPlan plan) {
        List<Stratum> strata = plan.strata();
        if (strata.size() > MAX_ROWS) {
            found.add(Violation.of("strata", "tooManyRows", MAX_ROWS));
            return;
        }
        Set<String> names = new HashSet<>();
        long sum = 0;
        boolean sizesKnown = true;
        for (int i = 0; i < strata.size(); i++) {
            Stratum s = strata.get(i);
            String prefix = "strata[" + i + "].";
            name(found, prefix + "name", s.name(), names);
            if (required(found, prefix + "size", s.size()) && positive(found, prefix + "size", s.size())) {
                sum += s.size();
            } else {
                sizesKnown = false;
            }
            if (s.standardDeviation() != null) {
                positive(found, prefix + "standardDeviation", s.standardDeviation());
            } else if (plan.allocation() == Allocation.NEYMAN) {
                found.add(Violation.of(prefix + "standardDeviation", "neymanNeedsDeviation"));
            }
        }
        Long population = plan.populationSize();
        if (!strata.isEmpty() && sizesKnown && population != null && population > 0 && sum != population) {
            found.add(Violation.of("strata", "strataSum", sum, population));
        }
    }

    private static void stages(List<Violation> found, SamplingPlan plan) {
        if (plan.stages().size() > MAX_ROWS) {
            found.add(Violation.of("stages", "tooManyRows", MAX_ROWS));
            return;
        }
        for (int i = 0; i < plan.stages().size(); i++) {
            Stage stage = plan.stages().get(i);
            String prefix = "stages[" + i + "].";
            name(found, prefix + "unit", stage.unit(), new HashSet<>());
            if (required(found, prefix + "count", stage.count())) {
                positive(found, prefix + "count", stage.count());
            }
        }
    }

    private static void domains(List<Violation> found, SamplingPlan plan) {
        if (plan.domains().size() > MAX_ROWS) {
            found.add(Violation.of("domains", "tooManyRows", MAX_ROWS));
            return;
        }
        Set<String> names = new HashSet<>();
        Set<String> strata = new HashSet<>();
        plan.strata().forEach(s -> strata.add(s.name() == null ? "" : s.name().trim()));
        Long population = plan.populationSize();
        for (int i = 0; i < plan.domains().size(); i++) {
            Domain d = plan.domains().get(i);
            String prefix = "domains[" + i + "].";
            name(found, prefix + "name", d.name(), names);
            boolean linked = d.stratum() != null && !d.stratum().isBlank();
            if (d.share() == null && d.size() == null) {
                if (!linked) {
                    found.add(Violation.of(prefix + "share", "shareOrSize"));
                }
            } else if (d.share() != null && d.size() != null) {
                found.add(Violation.of(prefix + "share", "shareAndSize"));
            } else if (d.share() != null && (d.share() <= 0 || d.share() > 1)) {
                found.add(Violation.of(prefix + "share", "share"));
            } else if (d.size() != null && positive(found, prefix + "size", d.size())
                    && population != null && population > 0 && d.size() > population) {
                found.add(Violation.of(prefix + "size", "domainTooLarge", d.size(), population));
            }
            if (linked && !strata.contains(d.stratum().trim())) {
                found.add(Violation.of(prefix + "stratum", "unknownStratum"));
            }
        }
    }

    private static void name(List<Violation> found, String field, String name, Set<String> seen) {
        if (name == null || name.isBlank()) {
            found.add(Violation.of(field, "required"));
        } else if (name.length() > MAX_NAME) {
            found.add(Violation.of(field, "tooLong", MAX_NAME));
        } else if (!seen.add(name.trim().toLowerCase(java.util.Locale.ROOT))) {
            found.add(Violation.of(field, "duplicateName"));
        }
    }

    private static boolean required(List<Violation> found, String field, Object value) {
        if (value == null) {
            found.add(Violation.of(field, "required"));
            return false;
        }
        return true;
    }

    private static boolean positive(List<Violation> found, String field, Number value) {
        if (value.doubleValue() <= 0 || Double.isNaN(value.doubleValue()) || Double.isInfinite(value.doubleValue())) {
            found.add(Violation.of(field, "positive"));
            return false;
        }
        return true;
    }
}
