/**
 * Inter-coder agreement in plain Java: {@link kg.kozomol.qual.agreement.CohensKappa} per code (unit- or
 * character-level), {@link kg.kozomol.qual.agreement.KrippendorffAlpha} (nominal, ordinal, interval, ratio; any
 * number of coders; missing data) and {@link kg.kozomol.qual.agreement.Disagreements} for the side-by-side view.
 */
package kg.kozomol.qual.agreement;
