import java.nio.file.Path;
import java.util.Locale;
import kg.kozomol.stats.Options;
import kg.kozomol.stats.RoundComparison;
import kg.kozomol.stats.SurveyCsv;
import kg.kozomol.stats.SurveyData;
import kg.kozomol.stats.SurveyDesign;

/**
 * The before/after computation of a monitoring round on the Java engine: two rounds read from CSV, the difference of
 * mean score as independent samples and as the same PSUs (stacked design). Prints "time STEP SECONDS" and
 * "result NAME VALUE" lines in the format of rounds.R.
 *
 * <pre>java -cp target/classes:commons-math3.jar RoundBench.java before.csv after.csv stacked.csv</pre>
 */
public class RoundBench {

    public static void main(String[] args) {
        long start = System.nanoTime();
        SurveyData before = SurveyCsv.read(Path.of(args[0]));
        SurveyData after = SurveyCsv.read(Path.of(args[1]));
        SurveyData stacked = SurveyCsv.read(Path.of(args[2]));
        time("read", start);
        long t = System.nanoTime();
        RoundComparison.Result independent = RoundComparison.independent(design(before), "score", design(after),
                "score", Options.DEFAULT);
        time("independent", t);
        t = System.nanoTime();
        RoundComparison.Result linked = RoundComparison.linked(design(stacked), "score", "round", "before", "after",
                Options.DEFAULT);
        time("linked", t);
        time("total", start);
        result("independent_difference", independent.difference().estimate());
        result("independent_se", independent.difference().se());
        result("linked_difference", linked.difference().estimate());
        result("linked_se", linked.difference().se());
    }

    private static SurveyDesign design(SurveyData data) {
        return SurveyDesign.of(data).clusters("psu").strata("stratum").weights("weight").nest(true).build();
    }

    private static void time(String step, long from) {
        System.out.printf(Locale.ROOT, "time %s %.3f%n", step, (System.nanoTime() - from) / 1e9);
    }

    private static void result(String name, double value) {
        System.out.printf(Locale.ROOT, "result %s %.17g%n", name, value);
    }
}
