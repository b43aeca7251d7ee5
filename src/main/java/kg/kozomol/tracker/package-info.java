/**
 * Recommendations addressed to state bodies, each body's position, and the implementation timeline that
 * merges state progress reports with the CSO's independent assessments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracker")
package kg.kozomol.tracker;
