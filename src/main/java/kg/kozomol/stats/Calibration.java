package kg.kozomol.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Weights adjusted to known population counts: post-stratification (R's {@code postStratify}) and raking to several
 * margins by iterative proportional fitting (R's {@code rake}). The adjusted design remembers each step so its
 * standard errors account for the calibration.
 */
public final class Calibration {

    private Calibration() {
    }

    /** Scales the weights within each level of {@code variable} so that they add up to that level's population. */
    public static SurveyDesign postStratify(SurveyDesign design, String variable, Map<String, Double> population) {
        return postStratify(design, new Margin(variable, population), design.calibrationSteps());
    }

    public static Raked rake(SurveyDesign design, List<Margin> margins) {
        return rake(design, margins, RakeControl.DEFAULT);
    }

    /**
     * Post-stratifies on each margin in turn, sweep after sweep, until the joint weighted table of the margin
     * variables changes by less than the tolerance or the sweeps run out (R's loop, so the weights are R's).
     */
    public static Raked rake(SurveyDesign design, List<Margin> margins, RakeControl control) {
        wholeSample(design);
        double tolerance = control.epsilon() < 1 ? control.epsilon() * sum(design.weights) : control.epsilon();
        JointTable table = new JointTable(design.data(), margins);
        double[] old = table.totals(design.weights);
        SurveyDesign current = design;
        List<CalibrationStep.PostStratum> sweep = new ArrayList<>();
        int sweeps = 0;
        double change = Double.POSITIVE_INFINITY;
        boolean converged = false;
        while (sweeps < control.maxIterations()) {
            sweep = new ArrayList<>();
            for (Margin margin : margins) {
                current = postStratify(current, margin, List.of());
                sweep.add((CalibrationStep.PostStratum) current.calibrationSteps().get(0));
            }
            sweeps++;
            double[] now = table.totals(current.weights);
            change = 0;
            for (int cell = 0; cell < now.length; cell++) {
                change = Math.max(change, Math.abs(old[cell] - now[cell]));
            }
            if (change < tolerance) {
                converged = true;
                break;
            }
            old = now;
        }
        List<CalibrationStep> steps = new ArrayList<>(design.calibrationSteps());
        if (!sweep.isEmpty()) {
            steps.add(new CalibrationStep.Raking(List.copyOf(sweep)));
        }
        return new Raked(design.calibrated(current.weights, steps),
                new RakeReport(converged, sweeps, change, tolerance));
    }

    private static SurveyDesign postStratify(SurveyDesign design, Margin margin, List<CalibrationStep> earlier) {
        wholeSample(design);
        Factor factor = design.data().factor(margin.variable());
        int[] codes = factor.codes();
        int levels = factor.levels().size();
        double[] sample = new double[levels];
        for (int row = 0; row < codes.length; row++) {
            if (codes[row] < 0) {
                throw new SurveyException(Problem.MISSING_VALUES, margin.variable(), count(codes), row + 1);
            }
            sample[codes[row]] += design.weights[row];
        }
        for (Map.Entry<String, Double> level : margin.totals().entrySet()) {
            double total = level.getValue() == null ? Double.NaN : level.getValue();
            if (!(total >= 0) || Double.isInfinite(total)) {
                throw new SurveyException(Problem.POPULATION_TOTAL_INVALID, margin.variable(), level.getKey(), total);
            }
            int code = factor.levels().indexOf(level.getKey());
            if (total > 0 && (code < 0 || sample[code] == 0)) {
                throw new SurveyException(Problem.POSTSTRATUM_NOT_IN_SAMPLE, margin.variable(), level.getKey());
            }
        }
        double[] reweight = new double[levels];
        for (int level = 0; level < levels; level++) {
            Double total = margin.totals().get(factor.levels().get(level));
            if (sample[level] > 0 && (total == null || total == 0)) {
                throw new SurveyException(Problem.POSTSTRATUM_NOT_IN_POPULATION, margin.variable(),
                        factor.levels().get(level));
            }
            reweight[level] = total == null ? 1 : total / sample[level];
        }
        double[] after = new double[codes.length];
        for (int row = 0; row < codes.length; row++) {
            after[row] = 1 / ((1 / design.weights[row]) / reweight[codes[row]]);
        }
        List<CalibrationStep> steps = new ArrayList<>(earlier);
        steps.add(new CalibrationStep.PostStratum(codes, levels, after, design.weights));
        return design.calibrated(after, steps);
    }

    private static void wholeSample(SurveyDesign design) {
        if (!design.domain().isEmpty()) {
            throw new IllegalArgumentException("calibrate the whole sample, then take domains");
        }
    }

    private static int count(int[] codes) {
        int missing = 0;
        for (int code : codes) {
            missing += code < 0 ? 1 : 0;
        }
        return missing;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** Weighted counts in the cells of the cross-classification of the margin variables (R's svytable). */
    private static final class JointTable {

        private final Factor[] factors;
        private final int cells;

        JointTable(SurveyData data, List<Margin> margins) {
            factors = new Factor[margins.size()];
            int size = 1;
            for (int m = 0; m < factors.length; m++) {
                factors[m] = data.factor(margins.get(m).variable());
                size *= factors[m].levels().size();
            }
            cells = size;
        }

        double[] totals(double[] weights) {
            double[] totals = new double[cells];
            for (int row = 0; row < weights.length; row++) {
                int cell = 0;
                for (Factor factor : factors) {
                    cell = cell * factor.levels().size() + factor.codes()[row];
                }
                totals[cell] += weights[row];
            }
            return totals;
        }
    }
}
