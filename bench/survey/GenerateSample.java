import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic stratified cluster sample as CSV: 10 strata, 200 PSUs numbered 1..200 within each stratum,
 * the same number of respondents per PSU, sampling weights varying by stratum and PSU, a continuous score with a
 * PSU effect, a 0/1 outcome, a five-level region, sex, and an income missing for about 5% of rows.
 *
 * <pre>java GenerateSample.java OUT.csv [ROWS] [SEED]</pre>
 */
public class GenerateSample {

    private static final String[] REGIONS = {"Bishkek", "Chui", "Issyk-Kul", "Naryn", "Osh"};
    private static final int STRATA = 10;
    private static final int PSUS_PER_STRATUM = 200;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        SplittableRandom random = new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 20260611L);
        int psus = STRATA * PSUS_PER_STRATUM;
        double[] psuWeight = new double[psus];
        double[] psuEffect = new double[psus];
        int[] psuRegion = new int[psus];
        for (int p = 0; p < psus; p++) {
            int stratum = p / PSUS_PER_STRATUM;
            psuWeight[p] = (20 + 15 * stratum) * (0.6 + 0.8 * random.nextDouble());
            psuEffect[p] = random.nextGaussian() * 4;
            psuRegion[p] = (stratum / 2 + (random.nextDouble() < 0.2 ? 1 : 0)) % REGIONS.length;
        }
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("stratum,psu,weight,score,employed,region,sex,income\n");
            StringBuilder line = new StringBuilder(96);
            for (int row = 0; row < rows; row++) {
                int p = (int) ((long) row * psus / rows);
                int stratum = p / PSUS_PER_STRATUM + 1;
                int region = random.nextDouble() < 0.9 ? psuRegion[p] : random.nextInt(REGIONS.length);
                boolean female = random.nextDouble() < 0.52;
                double weight = psuWeight[p] * (0.9 + 0.2 * random.nextDouble());
                double score = 50 + 2 * stratum + 3 * region + (female ? 1.5 : 0) + psuEffect[p]
                        + random.nextGaussian() * 10;
                double chance = 0.35 + 0.05 * region + (female ? -0.08 : 0) + psuEffect[p] / 100;
                int employed = random.nextDouble() < chance ? 1 : 0;
                line.setLength(0);
                line.append(stratum).append(',').append(p % PSUS_PER_STRATUM + 1).append(',');
                line.append(String.format(java.util.Locale.ROOT, "%.4f", weight)).append(',');
                line.append(String.format(java.util.Locale.ROOT, "%.3f", score)).append(',');
                line.append(employed).append(',').append(REGIONS[region]).append(',').append(female ? 'F' : 'M');
                line.append(',');
                if (random.nextDouble() >= 0.05) {
                    double income = Math.exp(9.5 + 0.1 * region + 0.6 * random.nextGaussian());
                    line.append(String.format(java.util.Locale.ROOT, "%.2f", income));
                }
                writer.append(line).append('\n');
            }
        }
    }
}
