package kg.kozomol.programme.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.validation.BindingResult;
import kg.kozomol.programme.IndicatorDirection;
import kg.kozomol.programme.IndicatorDraft;
import kg.kozomol.programme.MeasureType;

/** An indicator as typed; categories are one per line. */
public class IndicatorForm {

    private String nameRu;
    private String nameKy;
    private String measure;
    private String unit;
    private String direction;
    private String categories;
    private String disaggregations;
    private String verification;
    private String baselineYear;
    private String baselineValue;
    private String baselineSource;

    IndicatorDraft toDraft(BindingResult errors) {
        Integer year = null;
        if (baselineYear != null && !baselineYear.isBlank()) {
            year = Numbers.year(baselineYear);
            if (year == null) {
                errors.rejectValue("baselineYear", "programme.validation.year");
            }
        }
        List<String> lines = categories == null ? List.of()
                : Arrays.stream(categories.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        return new IndicatorDraft(nameRu, nameKy, Numbers.code(MeasureType.class, measure), unit,
                Numbers.code(IndicatorDirection.class, direction), lines, disaggregations, verification, year, baselineValue, baselineSource);
    }

    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameKy() { return nameKy; }
    public void setNameKy(String nameKy) { this.nameKy = nameKy; }
    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { this.measure = measure; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public String getCategories() { return categories; }
    public void setCategories(String categories) { this.categories = categories; }
    public String getDisaggregations() { return disaggregations; }
    public void setDisaggregations(String disaggregations) { this.disaggregations = disaggregations; }
    public String getVerification() { return verification; }
    public void setVerification(String verification) { this.verification = verification; }
    public String getBaselineYear() { return baselineYear; }
    public void setBaselineYear(String baselineYear) { this.baselineYear = baselineYear; }
    public String getBaselineValue() { return baselineValue; }
    public void setBaselineValue(String baselineValue) { this.baselineValue = baselineValue; }
    public String getBaselineSource() { return baselineSource; }
    public void setBaselineSource(String baselineSource) { this.baselineSource = baselineSource; }
}
