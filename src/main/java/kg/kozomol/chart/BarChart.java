package kg.kozomol.chart;

import java.util.List;

/**
 * A horizontal bar chart: groups (one row label each) of bars, one bar per series. Every bar carries its own
 * direct label, and every series its own fill pattern, so nothing is told by colour alone.
 *
 * @param title short name, read first by screen readers
 * @param description what the chart shows in one sentence; the data table under the chart has the numbers
 * @param series names of the series, in bar order; a single series shows no legend
 * @param max the value that fills the whole bar width (1 for shares)
 */
public record BarChart(String title, String description, List<String> series, List<Group> groups, double max) {

    /** @param value null when the number is withheld (e.g. too few cases): no bar is drawn, only the label */
    public record Bar(Double value, String label) {}

    public record Group(String label, List<Bar> bars) {}

    public BarChart {
        series = List.copyOf(series);
        groups = List.copyOf(groups);
        if (!(max > 0)) {
            max = 1;
        }
    }
}
