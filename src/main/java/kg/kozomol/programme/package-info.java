/**
 * State programmes: the register, the results framework with its indicators, baselines, targets and actuals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme")
package kg.kozomol.programme;
