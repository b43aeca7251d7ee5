package kg.kozomol.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.chart.BarChart;
import kg.kozomol.chart.ChartSvg;
import kg.kozomol.portal.Share;
import kg.kozomol.portal.UptakeFigures;
import kg.kozomol.portal.UptakeGroup;

/**
 * Turns the groups of the uptake dashboard into a chart and a table with the same numbers: three bars per group
 * (accepted, implemented by the body's report, implemented by the CSO's assessment), each labelled with its share and
 * counts, or with "—" when the small-cell rule withholds it.
 */
@Component
class UptakeSections {

    private final PortalMeta meta;

    UptakeSections(PortalMeta meta) {
        this.meta = meta;
    }

    UptakeSection section(String id, String heading, List<UptakeGroup> groups, Function<UptakeGroup, String> label) {
        Locale locale = LocaleContextHolder.getLocale();
        List<UptakeSection.Line> lines = groups.stream().map(g -> line(g, label.apply(g), locale)).toList();
        List<BarChart.Group> bars = lines.stream().map(l -> {
            UptakeFigures f = groups.get(lines.indexOf(l)).figures();
            return new BarChart.Group(l.label(), List.of(bar(f.acceptedCell(), l.accepted()), bar(f.selfReportedCell(), l.selfReported()),
                    bar(f.assessedCell(), l.assessed())));
        }).toList();
        BarChart chart = new BarChart(heading, meta.message("portal.uptake.chart.desc", heading),
                List.of(meta.message("portal.figures.accepted"), meta.message("portal.figures.selfReported"),
                        meta.message("portal.figures.assessed")), bars, 1);
        return new UptakeSection(id, heading, groups.isEmpty() ? null : ChartSvg.render(chart, "chart-" + id), lines);
    }

    private UptakeSection.Line line(UptakeGroup group, String label, Locale locale) {
        UptakeFigures f = group.figures();
        return new UptakeSection.Line(label, group.name() == null ? null : group.name().lang(locale), text(f.acceptedCell()),
                text(f.selfReportedCell()), text(f.assessedCell()), f.answered(), f.addressed());
    }

    private static BarChart.Bar bar(Share share, String text) {
        return new BarChart.Bar(share.value(), text);
    }

    /** "45 % (9 of 20)", or "— (fewer than 5)". */
    String text(Share share) {
        if (share.suppressed()) {
            return meta.message("portal.uptake.suppressed", Share.MIN_CELL);
        }
        return meta.message("portal.uptake.share", meta.message("portal.share", share.value()),
                meta.message("portal.countOf", share.part(), share.whole()));
    }
}
