package kg.kozomol.portal.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.kozomol.brief.PressKit;
import kg.kozomol.chart.BarChart;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicText;

/**
 * A brief's press kit as shown: to everyone once the brief is public and past its embargo, or as a preview to the
 * researchers of its organisation ({@code preview}, with the embargo it is waiting for).
 *
 * @param findings titles of the brief's findings, to name where a figure or a line comes from
 */
public record PressKitPage(long briefId, PublicText title, String briefPath, PressKit kit, Map<Long, PublicText> findings,
        boolean preview, Instant embargoUntil) {

    public String path() {
        return PortalPaths.pressKit(briefPath);
    }

    /** The chart of the figures marked for it, or null when none is. */
    BarChart chart(String heading, String description, Locale locale) {
        List<PressKit.KeyFigure> figures = kit.chartFigures();
        if (figures.isEmpty()) {
            return null;
        }
        double max = figures.stream().mapToDouble(f -> f.value().doubleValue()).max().orElse(1);
        return new BarChart(heading, description, List.of(heading), figures.stream()
                .map(f -> new BarChart.Group(f.label().in(locale), List.of(new BarChart.Bar(f.value().doubleValue(),
                        value(f, locale))))).toList(), max);
    }

    /** "12,5 %": the number in the reader's language with its unit. */
    public static String value(PressKit.KeyFigure figure, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, figure.value().scale()));
        String number = format.format(figure.value() == null ? BigDecimal.ZERO : figure.value());
        return figure.unit() == null || figure.unit().isBlank() ? number : number + " " + figure.unit().strip();
    }

    public String source(PressKit.KeyFigure figure, Locale locale) {
        return sourceOf(figure.findingId(), locale);
    }

    public String source(PressKit.Quote quote, Locale locale) {
        return sourceOf(quote.findingId(), locale);
    }

    private String sourceOf(Long findingId, Locale locale) {
        PublicText title = findingId == null ? null : findings.get(findingId);
        return title == null ? null : title.in(locale);
    }
}
