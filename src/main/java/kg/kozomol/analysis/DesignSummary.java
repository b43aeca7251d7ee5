package kg.kozomol.analysis;

/**
 * The design as counted in the data, to describe it in words ("stratified cluster design, 10 strata, 200 PSUs").
 *
 * @param strata the strata, 0 without stratification
 * @param psus the primary sampling units, 0 when every respondent is one
 */
public record DesignSummary(int strata, int psus, String weights, String fpc, int rows) {}
