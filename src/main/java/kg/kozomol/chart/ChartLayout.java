package kg.kozomol.chart;

import java.util.ArrayList;
import java.util.List;

/** Where everything of a {@link BarChart} goes, in pixels; shared by the SVG and the PNG drawing. */
record ChartLayout(int width, int height, int titleY, int legendY, int axisTop, List<Row> rows, List<Placed> bars) {

    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 270;
    static final int BAR_AREA = 310;
    static final int BAR_HEIGHT = 18;
    static final int BAR_GAP = 4;
    static final int GROUP_GAP = 14;

    record Row(String label, int y) {}

    record Placed(int series, int x, int y, int width, int height, String label, int labelX) {}

    static ChartLayout of(BarChart chart) {
        int y = 34;
        int legendY = 0;
        if (chart.series().size() > 1) {
            legendY = y;
            y += 30;
        }
        int axisTop = y - 6;
        List<Row> rows = new ArrayList<>();
        List<Placed> bars = new ArrayList<>();
        for (BarChart.Group group : chart.groups()) {
            int groupHeight = group.bars().size() * (BAR_HEIGHT + BAR_GAP) - BAR_GAP;
            rows.add(new Row(shortened(group.label()), y + groupHeight / 2 + 5));
            for (int i = 0; i < group.bars().size(); i++) {
                BarChart.Bar bar = group.bars().get(i);
                int width = bar.value() == null ? 0
                        : (int) Math.round(Math.max(0, Math.min(1, bar.value() / chart.max())) * BAR_AREA);
                int x = LABEL_WIDTH + 10;
                bars.add(new Placed(i, x, y, width, BAR_HEIGHT, bar.label(), x + width + 6));
                y += BAR_HEIGHT + BAR_GAP;
            }
            y += GROUP_GAP - BAR_GAP;
        }
        return new ChartLayout(WIDTH, Math.max(y + 10, 80), 20, legendY, axisTop, rows, bars);
    }

    /** Long names are cut to fit on the chart; the data table under it has them in full. */
    static String shortened(String label) {
        String text = label == null ? "" : label.strip();
        if (ChartPng.textWidth(text) <= LABEL_WIDTH - 4) {
            return text;
        }
        while (text.length() > 1 && ChartPng.textWidth(text + "…") > LABEL_WIDTH - 4) {
            text = text.substring(0, text.length() - 1);
        }
        return text.strip() + "…";
    }
}
