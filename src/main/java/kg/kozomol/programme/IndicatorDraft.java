package kg.kozomol.programme;

import java.util.List;

/** An indicator as typed; the baseline value is text until the measure says how to read it. */
public record IndicatorDraft(String nameRu, String nameKy, MeasureType measure, String unit, IndicatorDirection direction,
        List<String> categories, String disaggregations, String verification, Integer baselineYear, String baselineValue,
        String baselineSource) {}
