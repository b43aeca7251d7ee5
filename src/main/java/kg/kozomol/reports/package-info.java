/** Exports of platform records as downloadable files, produced by background jobs. */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package kg.kozomol.reports;
