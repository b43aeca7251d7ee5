/**
 * Accessible bar charts drawn on the server: one {@link kg.kozomol.chart.BarChart} model, drawn as SVG for pages
 * and downloads and as PNG for slides and print, so both always show the same numbers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chart")
package kg.kozomol.chart;
