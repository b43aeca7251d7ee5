package kg.kozomol.analysis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kg.kozomol.analysis.AnalysisDefinition;
import kg.kozomol.analysis.AnalysisResult;
import kg.kozomol.analysis.ResultRow;
import kg.kozomol.analysis.ResultText;

/**
 * The geometry of a horizontal bar chart with confidence-interval whiskers, drawn as SVG by the template: one bar per
 * row, its value and interval written beside it (the numbers never depend on colour), small cells hatched and starred.
 */
record BarChart(int width, int height, double zeroX, List<Bar> bars) {

    static final int LABEL_WIDTH = 200;
    static final int PLOT_WIDTH = 360;
    static final int ROW_HEIGHT = 34;
    static final int BAR_HEIGHT = 18;

    record Bar(String label, String value, double y, double x, double barWidth, double low, double high, double middle,
            boolean suppressed) {}

    static BarChart of(AnalysisDefinition definition, AnalysisResult result, ResultText text, Locale locale) {
        double min = 0;
        double max = 0;
        for (ResultRow row : result.rows()) {
            min = Math.min(min, row.lower());
            max = Math.max(max, Math.max(row.upper(), row.estimate()));
        }
        if (max == min) {
            max = min + 1;
        }
        double from = min;
        double span = max - min;
        java.util.function.DoubleUnaryOperator x = v -> LABEL_WIDTH + (v - from) / span * PLOT_WIDTH;
        List<Bar> bars = new ArrayList<>();
        double zero = x.applyAsDouble(0);
        for (int i = 0; i < result.rows().size(); i++) {
            ResultRow row = result.rows().get(i);
            double y = 10 + i * ROW_HEIGHT;
            double end = x.applyAsDouble(row.estimate());
            String value = text.value(result, row.estimate(), locale) + " (" + text.interval(result, row, locale) + ")"
                    + (row.suppressed() ? " *" : "");
            bars.add(new Bar(text.domain(definition, row, locale), value, y, Math.min(zero, end), Math.abs(end - zero),
                    x.applyAsDouble(row.lower()), x.applyAsDouble(row.upper()), y + BAR_HEIGHT / 2.0, row.suppressed()));
        }
        return new BarChart(LABEL_WIDTH + PLOT_WIDTH + 220, 20 + result.rows().size() * ROW_HEIGHT, zero, bars);
    }
}
