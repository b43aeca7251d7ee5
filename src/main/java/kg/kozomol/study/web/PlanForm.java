package kg.kozomol.study.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import kg.kozomol.study.sampling.Allocation;
import kg.kozomol.study.sampling.ConfidenceLevel;
import kg.kozomol.study.sampling.Domain;
import kg.kozomol.study.sampling.Estimate;
import kg.kozomol.study.sampling.SamplingPlan;
import kg.kozomol.study.sampling.Stage;
import kg.kozomol.study.sampling.Stratum;
import kg.kozomol.study.sampling.Violation;

/**
 * The sampling plan as typed: all text, read here into a {@link SamplingPlan}. Numbers may use a comma or a point
 * and spaces between thousands; what cannot be read becomes a violation of its field. Blank rows are dropped and a
 * few empty ones are offered again, so rows can be added without JavaScript.
 */
public class PlanForm {

    static final int BLANK_ROWS = 2;
    private static final double LARGEST = 1e12;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f']");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private String estimate = Estimate.PROPORTION.name();
    private String populationSize;
    private String proportion = "0.5";
    private String standardDeviation;
    private String confidence = "95";
    private String margin = "5";
    private String designEffect = "1";
    private String responseRate = "1";
    private String allocation = Allocation.PROPORTIONAL.name();
    private String plannedSample;
    private List<StratumRow> strata = new ArrayList<>();
    private List<StageRow> stages = new ArrayList<>();
    private List<DomainRow> domains = new ArrayList<>();
    private Integer version;

    static PlanForm of(SamplingPlan plan, int version) {
        PlanForm f = new PlanForm();
        f.estimate = plan.estimate().name();
        f.populationSize = text(plan.populationSize());
        f.proportion = text(plan.proportion());
        f.standardDeviation = text(plan.standardDeviation());
        f.confidence = Integer.toString(plan.confidence().percent());
        f.margin = text(plan.margin());
        f.designEffect = text(plan.designEffect());
        f.responseRate = text(plan.responseRate());
        f.allocation = plan.allocation().name();
        f.plannedSample = text(plan.plannedSample());
        plan.strata().forEach(s -> f.strata.add(new StratumRow(s.name(), text(s.size()), text(s.standardDeviation()))));
        plan.stages().forEach(s -> f.stages.add(new StageRow(s.unit(), text(s.count()))));
        plan.domains().forEach(d -> f.domains.add(new DomainRow(d.name(), text(d.share()), text(d.size()), d.stratum())));
        f.version = version;
        return f;
    }

    /** The plan as far as it could be read, and what could not be read, field by field. */
    record Reading(SamplingPlan plan, List<Violation> unreadable) {}

    Reading read() {
        dropBlankRows();
        List<Violation> unreadable = new ArrayList<>();
        Reader r = new Reader(unreadable);
        List<Stratum> strataRead = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            StratumRow row = strata.get(i);
            String prefix = "strata[" + i + "].";
            strataRead.add(new Stratum(trim(row.name), r.whole(prefix + "size", row.size),
                    r.decimal(prefix + "standardDeviation", row.standardDeviation)));
        }
        List<Stage> stagesRead = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            StageRow row = stages.get(i);
            stagesRead.add(new Stage(trim(row.unit), r.whole("stages[" + i + "].count", row.count)));
        }
        List<Domain> domainsRead = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            DomainRow row = domains.get(i);
            String prefix = "domains[" + i + "].";
            domainsRead.add(new Domain(trim(row.name), r.decimal(prefix + "share", row.share), r.whole(prefix + "size", row.size),
                    trim(row.stratum)));
        }
        Estimate kind = r.code("estimate", estimate, Estimate::valueOf);
        SamplingPlan plan = new SamplingPlan(kind, r.whole("populationSize", populationSize),
                kind == Estimate.MEAN ? null : r.decimal("proportion", proportion),
                kind == Estimate.MEAN ? r.decimal("standardDeviation", standardDeviation) : null,
                r.code("confidence", confidence, c -> ConfidenceLevel.ofPercent(Integer.parseInt(c)).orElseThrow()),
                r.decimal("margin", margin), r.decimal("designEffect", designEffect), r.decimal("responseRate", responseRate),
                r.code("allocation", allocation, Allocation::valueOf), r.whole("plannedSample", plannedSample), strataRead,
                stagesRead, domainsRead);
        return new Reading(plan, unreadable);
    }

    /** Empty rows for new strata, stages and domains, after the ones in use. */
    void offerBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            strata.add(new StratumRow());
            stages.add(new StageRow());
            domains.add(new DomainRow());
        }
    }

    /** Stratum names as typed, for the choice of a domain's stratum. */
    List<String> stratumNames() {
        return strata.stream().map(s -> trim(s.name)).filter(n -> n != null).distinct().toList();
    }

    private void dropBlankRows() {
        strata.removeIf(s -> s == null || blank(s.name, s.size, s.standardDeviation));
        stages.removeIf(s -> s == null || blank(s.unit, s.count));
        domains.removeIf(d -> d == null || blank(d.name, d.share, d.size, d.stratum));
    }

    private static boolean blank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(Number value) {
        if (value == null) {
            return null;
        }
        BigDecimal decimal = value instanceof Double d ? BigDecimal.valueOf(d) : new BigDecimal(value.toString());
        return decimal.stripTrailingZeros().toPlainString();
    }

    /** Reads numbers and codes, noting each field it cannot read. */
    private record Reader(List<Violation> unreadable) {

        Long whole(String field, String text) {
            String clean = clean(text);
            if (clean == null) {
                return null;
            }
            if (!WHOLE.matcher(clean).matches()) {
                unreadable.add(Violation.of(field, DECIMAL.matcher(clean).matches() ? "wholeNumber" : "number"));
                return null;
            }
            if (clean.replace("-", "").length() > 13 || Math.abs(Double.parseDouble(clean)) > LARGEST) {
                unreadable.add(Violation.of(field, "tooLarge"));
                return null;
            }
            return Long.valueOf(clean);
        }

        Double decimal(String field, String text) {
            String clean = clean(text);
            if (clean == null) {
                return null;
            }
            if (!DECIMAL.matcher(clean).matches() || clean.length() > 30) {
                unreadable.add(Violation.of(field, "number"));
                return null;
            }
            double value = Double.parseDouble(clean.replace(',', '.'));
            if (Math.abs(value) > LARGEST) {
                unreadable.add(Violation.of(field, "tooLarge"));
                return null;
            }
            return value;
        }

        <T> T code(String field, String text, Function<String, T> parse) {
            try {
                return text == null || text.isBlank() ? null : parse.apply(text.strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                unreadable.add(Violation.of(field, "required"));
                return null;
            }
        }

        private static String clean(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return SPACES.matcher(text).replaceAll("");
        }
    }

    public static class StratumRow {
        private String name;
        private String size;
        private String standardDeviation;

        public StratumRow() {}

        StratumRow(String name, String size, String standardDeviation) {
            this.name = name;
            this.size = size;
            this.standardDeviation = standardDeviation;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getSize() { return size; }
        public void setSize(String size) { this.size = size; }
        public String getStandardDeviation() { return standardDeviation; }
        public void setStandardDeviation(String standardDeviation) { this.standardDeviation = standardDeviation; }
    }

    public static class StageRow {
        private String unit;
        private String count;

        public StageRow() {}

        StageRow(String unit, String count) {
            this.unit = unit;
            this.count = count;
        }

        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getCount() { return count; }
        public void setCount(String count) { this.count = count; }
    }

    public static class DomainRow {
        private String name;
        private String share;
        private String size;
        private String stratum;

        public DomainRow() {}

        DomainRow(String name, String share, String size, String stratum) {
            this.name = name;
            this.share = share;
            this.size = size;
            this.stratum = stratum;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getShare() { return share; }
        public void setShare(String share) { this.share = share; }
        public String getSize() { return size; }
        public void setSize(String size) { this.size = size; }
        public String getStratum() { return stratum; }
        public void setStratum(String stratum) { this.stratum = stratum; }
    }

    public String getEstimate() { return estimate; }
    public void setEstimate(String estimate) { this.estimate = estimate; }
    public String getPopulationSize() { return populationSize; }
    public void setPopulationSize(String populationSize) { this.populationSize = populationSize; }
    public String getProportion() { return proportion; }
    public void setProportion(String proportion) { this.proportion = proportion; }
    public String getStandardDeviation() { return standardDeviation; }
    public void setStandardDeviation(String standardDeviation) { this.standardDeviation = standardDeviation; }
    public String getConfidence() { return confidence; }
    public void setConfidence(String confidence) { this.confidence = confidence; }
    public String getMargin() { return margin; }
    public void setMargin(String margin) { this.margin = margin; }
    public String getDesignEffect() { return designEffect; }
    public void setDesignEffect(String designEffect) { this.designEffect = designEffect; }
    public String getResponseRate() { return responseRate; }
    public void setResponseRate(String responseRate) { this.responseRate = responseRate; }
    public String getAllocation() { return allocation; }
    public void setAllocation(String allocation) { this.allocation = allocation; }
    public String getPlannedSample() { return plannedSample; }
    public void setPlannedSample(String plannedSample) { this.plannedSample = plannedSample; }
    public List<StratumRow> getStrata() { return strata; }
    public void setStrata(List<StratumRow> strata) { this.strata = strata; }
    public List<StageRow> getStages() { return stages; }
    public void setStages(List<StageRow> stages) { this.stages = stages; }
    public List<DomainRow> getDomains() { return domains; }
    public void setDomains(List<DomainRow> domains) { this.domains = domains; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
