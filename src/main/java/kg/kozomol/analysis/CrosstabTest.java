package kg.kozomol.analysis;

/**
 * The Rao-Scott test of independence of a crosstab, as R's {@code svychisq} reports its default F statistic.
 *
 * @param numeratorDf the F distribution's ndf
 * @param denominatorDf its ddf
 */
public record CrosstabTest(double f, double numeratorDf, double denominatorDf, double pValue) {}
