package kg.kozomol.programme;

import java.util.List;

/** An indicator of a node with its baseline; the baseline value is a number or a text depending on the measure. */
public record Indicator(long id, long nodeId, String nameRu, String nameKy, MeasureType measure, String unit,
        IndicatorDirection direction, List<String> categories, String disaggregations, String verification, Integer baselineYear,
        String baselineValue, String baselineSource, int version) {}
