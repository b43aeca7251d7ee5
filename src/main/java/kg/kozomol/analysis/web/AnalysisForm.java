package kg.kozomol.analysis.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.validation.Errors;
import kg.kozomol.analysis.Analysis;
import kg.kozomol.analysis.AnalysisDefinition;
import kg.kozomol.analysis.Estimator;
import kg.kozomol.stats.LonelyPsu;

/** The design, estimator and variables of an analysis as typed; variables are column names of the dataset. */
public class AnalysisForm {

    @NotBlank(message = "{analysis.validation.required}")
    @Size(max = 300, message = "{analysis.validation.tooLong}")
    private String title;
    private String weights;
    private String strata;
    private String clusters;
    private String fpc;
    private boolean nest;
    private LonelyPsu lonelyPsu = LonelyPsu.FAIL;
    private Estimator estimator = Estimator.MEAN;
    private String variable;
    private String category;
    private String quantile = "0.5";
    private String denominator;
    private String columnVariable;
    private String domainVariable;
    private String domainVariable2;
    private String domainVariable3;
    private boolean removeMissing;
    private Integer version;

    static AnalysisForm of(Analysis analysis) {
        AnalysisDefinition d = analysis.definition();
        AnalysisForm form = new AnalysisForm();
        form.title = d.title();
        form.weights = d.weights();
        form.strata = d.strata();
        form.clusters = d.clusters();
        form.fpc = d.fpc();
        form.nest = d.nest();
        form.lonelyPsu = d.lonelyPsu();
        form.estimator = d.estimator();
        form.variable = d.variable();
        form.category = d.category();
        form.quantile = d.quantile() == null ? "0.5" : d.quantile().stripTrailingZeros().toPlainString();
        form.denominator = d.denominator();
        form.columnVariable = d.columnVariable();
        List<String> domains = d.domainVariables();
        form.domainVariable = domains.size() > 0 ? domains.get(0) : null;
        form.domainVariable2 = domains.size() > 1 ? domains.get(1) : null;
        form.domainVariable3 = domains.size() > 2 ? domains.get(2) : null;
        form.removeMissing = d.removeMissing();
        form.version = analysis.version();
        return form;
    }

    /** Checks what annotations cannot: the choices name columns, a share names its category, a quantile lies in (0, 1). */
    void check(Set<String> columns, Errors errors) {
        String[] fields = {"weights", "strata", "clusters", "fpc", "variable", "denominator", "columnVariable",
            "domainVariable", "domainVariable2", "domainVariable3"};
        String[] values = {weights, strata, clusters, fpc, variable, denominator, columnVariable, domainVariable,
            domainVariable2, domainVariable3};
        for (int i = 0; i < fields.length; i++) {
            if (blank(values[i]) ? "variable".equals(fields[i]) : !columns.contains(values[i].strip())) {
                errors.rejectValue(fields[i], blank(values[i]) ? "analysis.validation.required" : "analysis.validation.noColumn");
            }
        }
        if (lonelyPsu == null) {
            errors.rejectValue("lonelyPsu", "analysis.validation.required");
        }
        if (estimator == null) {
            errors.rejectValue("estimator", "analysis.validation.required");
        } else if (estimator == Estimator.PROPORTION && blank(category)) {
            errors.rejectValue("category", "analysis.validation.category");
        } else if (estimator == Estimator.QUANTILE && quantile() == null) {
            errors.rejectValue("quantile", "analysis.validation.quantile");
        } else if (estimator == Estimator.RATIO && blank(denominator)) {
            errors.rejectValue("denominator", "analysis.validation.denominator");
        } else if (estimator == Estimator.CROSSTAB && blank(columnVariable)) {
            errors.rejectValue("columnVariable", "analysis.validation.columnVariable");
        } else if (estimator == Estimator.CROSSTAB && !domains().isEmpty()) {
            errors.rejectValue("domainVariable", "analysis.validation.crosstabDomains");
        }
        if (domains().size() != domains().stream().distinct().count()) {
            errors.rejectValue("domainVariable2", "analysis.validation.sameDomain");
        }
    }

    AnalysisDefinition toDefinition() {
        return new AnalysisDefinition(title.strip(), name(weights), name(strata), name(clusters), name(fpc), nest, lonelyPsu,
                estimator, name(variable), estimator == Estimator.PROPORTION ? category.strip() : null,
                estimator == Estimator.QUANTILE ? quantile() : null,
                estimator == Estimator.RATIO ? name(denominator) : null,
                estimator == Estimator.CROSSTAB ? name(columnVariable) : null, domains(), removeMissing);
    }

    /** The domain variables chosen, in order, empty choices skipped. */
    private List<String> domains() {
        return Stream.of(domainVariable, domainVariable2, domainVariable3).filter(v -> !blank(v)).map(String::strip).toList();
    }

    private BigDecimal quantile() {
        try {
            BigDecimal q = new BigDecimal(quantile.strip().replace(',', '.'));
            return q.signum() > 0 && q.compareTo(BigDecimal.ONE) < 0 && q.scale() <= 3 ? q : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String name(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getWeights() { return weights; }
    public void setWeights(String weights) { this.weights = weights; }
    public String getStrata() { return strata; }
    public void setStrata(String strata) { this.strata = strata; }
    public String getClusters() { return clusters; }
    public void setClusters(String clusters) { this.clusters = clusters; }
    public String getFpc() { return fpc; }
    public void setFpc(String fpc) { this.fpc = fpc; }
    public boolean isNest() { return nest; }
    public void setNest(boolean nest) { this.nest = nest; }
    public LonelyPsu getLonelyPsu() { return lonelyPsu; }
    public void setLonelyPsu(LonelyPsu lonelyPsu) { this.lonelyPsu = lonelyPsu; }
    public Estimator getEstimator() { return estimator; }
    public void setEstimator(Estimator estimator) { this.estimator = estimator; }
    public String getVariable() { return variable; }
    public void setVariable(String variable) { this.variable = variable; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getQuantile() { return quantile; }
    public void setQuantile(String quantile) { this.quantile = quantile; }
    public String getDenominator() { return denominator; }
    public void setDenominator(String denominator) { this.denominator = denominator; }
    public String getColumnVariable() { return columnVariable; }
    public void setColumnVariable(String columnVariable) { this.columnVariable = columnVariable; }
    public String getDomainVariable2() { return domainVariable2; }
    public void setDomainVariable2(String domainVariable2) { this.domainVariable2 = domainVariable2; }
    public String getDomainVariable3() { return domainVariable3; }
    public void setDomainVariable3(String domainVariable3) { this.domainVariable3 = domainVariable3; }
    public String getDomainVariable() { return domainVariable; }
    public void setDomainVariable(String domainVariable) { this.domainVariable = domainVariable; }
    public boolean isRemoveMissing() { return removeMissing; }
    public void setRemoveMissing(boolean removeMissing) { this.removeMissing = removeMissing; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
