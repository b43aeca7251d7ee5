package kg.kozomol.stats;

/**
 * A design-based test of independence in a two-way table (R's {@code svychisq}).
 *
 * @param statistic     {@link RaoScott.Statistic#F}: Pearson's X² divided by the mean generalised design effect,
 *                      referred to F(ndf, ddf); {@link RaoScott.Statistic#CHISQ}: X² itself, its p-value from
 *                      X²/mean(δ) on χ²
 * @param value         the F statistic, or X² for CHISQ
 * @param numeratorDf   F's ndf (Satterthwaite d₀), or χ²'s df
 * @param denominatorDf F's ddf (d₀ times the design's df); infinite for CHISQ
 * @param pearson       Pearson's X² on the weighted table scaled to the sample size (R's {@code chisq.test})
 */
public record RaoScottResult(RaoScott.Statistic statistic, double value, double numeratorDf, double denominatorDf,
        double pValue, double pearson, int rows, int columns) {
}
