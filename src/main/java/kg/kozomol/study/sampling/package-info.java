/**
 * The sample-size calculator and policy-grade check, in plain Java (no Spring, no database): Cochran's formula with
 * finite population correction, design effect and non-response, allocation over strata, and the inverse that gives
 * each domain's expected margin of error. Part of the study module's API: plans are made of these types.
 */
@org.springframework.modulith.NamedInterface("sampling")
package kg.kozomol.study.sampling;
