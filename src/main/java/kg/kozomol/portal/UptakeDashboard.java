package kg.kozomol.portal;

import java.util.List;

/** Uptake for the filtered recommendations: overall, by body, by theme, by year and per quarter (the trend). */
public record UptakeDashboard(UptakeFilter filter, UptakeFigures overall, List<UptakeGroup> byBody,
        List<UptakeGroup> byTheme, List<UptakeGroup> byYear, List<UptakeGroup> byQuarter) {}
