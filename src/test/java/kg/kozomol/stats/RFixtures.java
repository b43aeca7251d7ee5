package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expected values written by {@code src/test/r/survey-fixtures.R}: rows of case, quantity, term, value. Estimates
 * must agree with R to a relative 1e-9, everything derived from a variance (SE, interval, design effect, test
 * statistic, p-value) to 1e-6.
 */
final class RFixtures {

    static final Path DIR = Path.of("src/test/resources/stats");
    static final double ESTIMATE = 1e-9;
    static final double VARIANCE = 1e-6;

    private final String file;
    private final Map<String, Double> values = new LinkedHashMap<>();

    private RFixtures(String file) {
        this.file = file;
        try {
            List<String> lines = Files.readAllLines(DIR.resolve("expected").resolve(file + ".csv"));
            for (String line : lines.subList(1, lines.size())) {
                int last = line.lastIndexOf(',');
                String value = line.substring(last + 1);
                values.put(line.substring(0, last), switch (value) {
                    case "NA" -> Double.NaN;
                    case "Inf" -> Double.POSITIVE_INFINITY;
                    case "-Inf" -> Double.NEGATIVE_INFINITY;
                    default -> Double.parseDouble(value);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RFixtures load(String file) {
        return new RFixtures(file);
    }

    static SurveyData data(String name) {
        return SurveyCsv.read(DIR.resolve("data").resolve(name + ".csv"));
    }

    boolean has(String caseName, String quantity, String term) {
        return values.containsKey(caseName + "," + quantity + "," + term);
    }

    double value(String caseName, String quantity, String term) {
        Double value = values.get(caseName + "," + quantity + "," + term);
        if (value == null) {
            fail("no fixture %s: %s,%s,%s", file, caseName, quantity, term);
        }
        return value;
    }

    /** True when R gave NA for the estimate or failed: the engine must refuse instead. */
    boolean refusedByR(String caseName, String term) {
        return has(caseName, "error", "R") || (has(caseName, "estimate", term)
                && Double.isNaN(value(caseName, "estimate", term)));
    }

    /** The terms (in file order) that a case has for a quantity. */
    Set<String> terms(String caseName, String quantity) {
        Set<String> terms = new LinkedHashSet<>();
        String prefix = caseName + "," + quantity + ",";
        for (String key : values.keySet()) {
            if (key.startsWith(prefix)) {
                terms.add(key.substring(prefix.length()));
            }
        }
        return terms;
    }

    /** The case names starting with a prefix. */
    Set<String> cases(String prefix) {
        Set<String> cases = new TreeSet<>();
        for (String key : values.keySet()) {
            String name = key.substring(0, key.indexOf(','));
            if (name.startsWith(prefix)) {
                cases.add(name);
            }
        }
        return cases;
    }

    void check(String caseName, String quantity, String term, double actual, double tolerance) {
        check(caseName, quantity, term, actual, tolerance, 1e-12);
    }

    /** As above, also passing when the difference is below {@code floor} (a zero variance R computes as 1e-13). */
    void check(String caseName, String quantity, String term, double actual, double tolerance, double floor) {
        double expected = value(caseName, quantity, term);
        if (Double.isFinite(expected) && Math.abs(actual - expected) <= floor) {
            return;
        }
        assertClose(caseName + " " + quantity + " " + term, actual, expected, tolerance);
    }

    /** Estimate to 1e-9, SE, interval and design effect to 1e-6, n exactly. */
    void checkEstimate(String caseName, String term, Estimate estimate) {
        check(caseName, "estimate", term, estimate.estimate(), ESTIMATE);
        check(caseName, "se", term, estimate.se(), VARIANCE, 1e-12 * Math.abs(estimate.estimate()));
        check(caseName, "ci_lower", term, estimate.ci().lower(), VARIANCE);
        check(caseName, "ci_upper", term, estimate.ci().upper(), VARIANCE);
        if (has(caseName, "deff", term)) {
            double deff = value(caseName, "deff", term);
            if (!Double.isFinite(deff)) {
                // R's NA, or Inf when the weights sum to the sample size: no design effect
                assertThat(estimate.deff()).as("%s deff %s", caseName, term).isEmpty();
            } else {
                assertThat(estimate.deff()).as("%s deff %s", caseName, term).isPresent();
                assertClose(caseName + " deff " + term, estimate.deff().getAsDouble(), deff, VARIANCE);
            }
        }
        if (has(caseName, "n", term)) {
            assertThat(estimate.n()).as("%s n %s", caseName, term).isEqualTo((int) value(caseName, "n", term));
        }
    }

    static void assertClose(String what, double actual, double expected, double tolerance) {
        if (Double.isNaN(expected)) {
            fail("%s: R has NA, engine gave %s", what, actual);
        }
        double error = expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
        double allowed = expected == 0 ? 1e-12 : tolerance;
        if (!(error <= allowed)) {
            fail("%s: expected %s but was %s (relative error %.3g > %.1g)", what, expected, actual, error, allowed);
        }
    }
}
