/**
 * Analyses of a study's survey data: datasets (uploaded CSV or XLSX for now, later the field-data module's
 * submissions through a {@link kg.kozomol.analysis.DatasetSource}), a design and an estimator per saved analysis,
 * results from the {@code stats} engine with small cells flagged, exports, and a result saved as a brief's evidence
 * item. A module of its own rather than part of {@code study}: it depends on the brief, files, tables and stats
 * modules, which the study module must not need.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analysis")
package kg.kozomol.analysis;
