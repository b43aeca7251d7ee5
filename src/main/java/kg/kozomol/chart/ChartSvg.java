package kg.kozomol.chart;

import java.util.List;

/**
 * A {@link BarChart} as a standalone SVG document that can also be put inline in a page: {@code role="img"} with
 * its title and description, a pattern per series, a legend and a direct label on every bar.
 */
public final class ChartSvg {

    private ChartSvg() {
    }

    /** @param id unique on the page the chart is put in; names its title, description and patterns */
    public static String render(BarChart chart, String id) {
        ChartLayout layout = ChartLayout.of(chart);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
                .append(layout.width()).append(' ').append(layout.height()).append("\" width=\"").append(layout.width())
                .append("\" height=\"").append(layout.height()).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"13\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(xml(chart.title())).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(xml(chart.description())).append("</desc>");
        patterns(svg, id);
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        text(svg, 0, layout.titleY(), chart.title(), "font-weight=\"bold\" font-size=\"15\"");
        legend(svg, chart.series(), layout.legendY(), id);
        for (ChartLayout.Row row : layout.rows()) {
            text(svg, ChartLayout.LABEL_WIDTH, row.y(), row.label(), "text-anchor=\"end\"");
        }
        for (ChartLayout.Placed bar : layout.bars()) {
            if (bar.width() > 0) {
                svg.append("<rect x=\"").append(bar.x()).append("\" y=\"").append(bar.y()).append("\" width=\"")
                        .append(bar.width()).append("\" height=\"").append(bar.height()).append("\" fill=\"url(#").append(id)
                        .append("-p").append(bar.series() % ChartStyle.values().length).append(")\" stroke=\"")
                        .append(ChartStyle.of(bar.series()).hex()).append("\"/>");
            }
            text(svg, bar.labelX(), bar.y() + bar.height() - 4, bar.label(), "");
        }
        svg.append("<line x1=\"").append(ChartLayout.LABEL_WIDTH + 10).append("\" y1=\"").append(layout.axisTop())
                .append("\" x2=\"").append(ChartLayout.LABEL_WIDTH + 10).append("\" y2=\"").append(layout.height() - 10)
                .append("\" stroke=\"#1a1a1a\"/>");
        return svg.append("</svg>").toString();
    }

    private static void patterns(StringBuilder svg, String id) {
        svg.append("<defs>");
        for (ChartStyle style : ChartStyle.values()) {
            svg.append("<pattern id=\"").append(id).append("-p").append(style.ordinal())
                    .append("\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">");
            switch (style) {
                case SOLID -> svg.append("<rect width=\"6\" height=\"6\" fill=\"").append(style.hex()).append("\"/>");
                case HATCHED -> svg.append("<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><path d=\"M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5\" stroke=\"")
                        .append(style.hex()).append("\" stroke-width=\"2\"/>");
                case DOTTED -> svg.append("<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><circle cx=\"3\" cy=\"3\" r=\"1.6\" fill=\"")
                        .append(style.hex()).append("\"/>");
            }
            svg.append("</pattern>");
        }
        svg.append("</defs>");
    }

    private static void legend(StringBuilder svg, List<String> series, int y, String id) {
        if (series.size() < 2) {
            return;
        }
        int x = 0;
        for (int i = 0; i < series.size(); i++) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"18\" height=\"14\" fill=\"url(#")
                    .append(id).append("-p").append(i % ChartStyle.values().length).append(")\" stroke=\"")
                    .append(ChartStyle.of(i).hex()).append("\"/>");
            text(svg, x + 24, y + 12, series.get(i), "");
            x += 24 + ChartPng.textWidth(series.get(i)) + 24;
        }
    }

    private static void text(StringBuilder svg, int x, int y, String text, String attributes) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" fill=\"#1a1a1a\" ").append(attributes)
                .append('>').append(xml(text)).append("</text>");
    }

    /** Escapes for XML (not HTML: a standalone SVG knows no named entities). */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
