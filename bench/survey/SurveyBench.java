import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kg.kozomol.stats.Column;
import kg.kozomol.stats.DomainEstimate;
import kg.kozomol.stats.Domains;
import kg.kozomol.stats.Estimate;
import kg.kozomol.stats.Mean;
import kg.kozomol.stats.NumericColumn;
import kg.kozomol.stats.Options;
import kg.kozomol.stats.RaoScott;
import kg.kozomol.stats.RaoScottResult;
import kg.kozomol.stats.SurveyCsv;
import kg.kozomol.stats.SurveyData;
import kg.kozomol.stats.SurveyDesign;
import kg.kozomol.stats.Total;

/**
 * The survey benchmark suite on the Java engine: read the CSV, build the stratified cluster design, the mean of
 * each outcome, domain means by region, the total of income without missing values, and the Rao-Scott test of
 * region × sex. Prints "time STEP SECONDS", "result NAME VALUE" lines and the heap figures.
 *
 * <pre>java -cp target/classes:commons-math3.jar SurveyBench.java sample.csv [RUNS]</pre>
 *
 * <p>Heap: {@code heap_peak_bytes} sums the peak use of each heap pool (garbage included, so close to -Xmx);
 * {@code heap_live_after_gc_max_bytes} is the largest heap in use right after a collection.
 */
public class SurveyBench {

    private static final List<String> COLUMNS = List.of("stratum", "psu", "weight", "score", "employed", "region",
            "sex", "income");

    /** The most heap still in use right after a collection: the live data at its largest. */
    private static volatile long liveAfterGc;

    private static void watchCollections() {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long used = 0;
                for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(pool.getKey())) {
                        used += pool.getValue().getUsed();
                    }
                }
                liveAfterGc = Math.max(liveAfterGc, used);
            }, null, null);
        }
    }

    public static void main(String[] args) {
        watchCollections();
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        double[] best = null;
        for (int run = 1; run <= runs; run++) {
            double[] times = suite(file, run == 1);
            System.out.printf(Locale.ROOT, "run %d %.3f%n", run, times[times.length - 1]);
            if (run == 1) {
                printTimes("", times);
            }
            if (best == null || times[times.length - 1] < best[best.length - 1]) {
                best = times;
            }
        }
        if (runs > 1) {
            printTimes("warm_", best);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "heap_peak_bytes %d%n", peak);
        System.out.printf(Locale.ROOT, "heap_live_after_gc_max_bytes %d%n", liveAfterGc);
        System.out.printf(Locale.ROOT, "cpu_seconds %.3f%n",
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / 1e9);
        System.out.printf(Locale.ROOT, "heap_max_bytes %d%n", Runtime.getRuntime().maxMemory());
    }

    private static final String[] STEPS = {"read", "design", "means", "domains", "total", "chisq", "total_suite"};

    private static void printTimes(String prefix, double[] times) {
        for (int i = 0; i < STEPS.length; i++) {
            System.out.printf(Locale.ROOT, "time %s%s %.3f%n", prefix, STEPS[i], times[i]);
        }
    }

    private static double[] suite(Path file, boolean print) {
        double[] times = new double[STEPS.length];
        double[] cpuTimes = new double[STEPS.length];
        long start = System.nanoTime();
        long cpuStart = cpu();
        long t = start;
        long c = cpuStart;
        SurveyData data = SurveyCsv.read(file, COLUMNS);
        times[0] = seconds(t);
        cpuTimes[0] = (cpu() - c) / 1e9;
        c = cpu();
        t = System.nanoTime();
        SurveyDesign design = SurveyDesign.of(data).clusters("psu").strata("stratum").weights("weight").nest(true)
                .build();
        times[1] = seconds(t);
        cpuTimes[1] = (cpu() - c) / 1e9;
        c = cpu();
        t = System.nanoTime();
        Estimate score = Mean.of(design, "score");
        Estimate employed = Mean.of(design, "employed");
        times[2] = seconds(t);
        cpuTimes[2] = (cpu() - c) / 1e9;
        c = cpu();
        t = System.nanoTime();
        List<DomainEstimate<Estimate>> regions = Domains.by(design, "region", d -> Mean.of(d, "score"));
        times[3] = seconds(t);
        cpuTimes[3] = (cpu() - c) / 1e9;
        c = cpu();
        t = System.nanoTime();
        Estimate income = Total.of(design, "income", Options.removeMissing());
        times[4] = seconds(t);
        cpuTimes[4] = (cpu() - c) / 1e9;
        c = cpu();
        t = System.nanoTime();
        RaoScottResult test = RaoScott.test(design, "region", "sex");
        times[5] = seconds(t);
        cpuTimes[5] = (cpu() - c) / 1e9;
        c = cpu();
        times[6] = seconds(start);
        cpuTimes[6] = (cpu() - cpuStart) / 1e9;
        if (print) {
            for (int i = 0; i < STEPS.length; i++) {
                System.out.printf(Locale.ROOT, "cpu %s %.3f%n", STEPS[i], cpuTimes[i]);
            }
        }
        if (print) {
            result("mean_score", score);
            result("mean_employed", employed);
            for (DomainEstimate<Estimate> region : regions) {
                result("region_" + region.level() + "_mean_score", region.result());
            }
            result("total_income", income);
            System.out.printf(Locale.ROOT, "result chisq_F %.17g%nresult chisq_ndf %.17g%nresult chisq_ddf %.17g%n"
                    + "result chisq_p %.17g%n", test.value(), test.numeratorDf(), test.denominatorDf(), test.pValue());
            long raw = 0;
            for (String name : COLUMNS) {
                Column column = data.column(name);
                raw += (long) column.size() * (column instanceof NumericColumn ? Double.BYTES : Integer.BYTES);
            }
            System.out.printf(Locale.ROOT, "raw_column_bytes %d%n", raw);
        }
        return times;
    }

    private static void result(String name, Estimate estimate) {
        System.out.printf(Locale.ROOT, "result %s %.17g%nresult %s_se %.17g%n", name, estimate.estimate(), name,
                estimate.se());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Busy CPU of this process (all threads: the suite, garbage collection, compilation), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
