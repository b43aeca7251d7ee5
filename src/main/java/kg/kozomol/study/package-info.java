/**
 * Studies: their design, the sampling plan with its sample-size calculation and policy-grade check, and the early
 * review of the design by state bodies and independent experts before fieldwork.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Study")
package kg.kozomol.study;
