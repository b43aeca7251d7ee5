package kg.kozomol.programme.web;

import org.springframework.validation.BindingResult;
import kg.kozomol.programme.IndicatorValue;
import kg.kozomol.programme.ValueProducer;
import kg.kozomol.programme.ValueDraft;
import kg.kozomol.programme.ValueKind;

/** A target or an actual as typed; {@code version} is empty for a new value and the loaded one for a correction. */
public class ValueForm {

    private String period;
    private String kind = ValueKind.ACTUAL.name();
    private String producer = ValueProducer.CSO_MEASURED.name();
    private String value;
    private String se;
    private String ciLow;
    private String ciHigh;
    private String n;
    private String deff;
    private String note;
    private String version;

    static ValueForm of(IndicatorValue v) {
        ValueForm f = new ValueForm();
        f.period = Integer.toString(v.period());
        f.kind = v.kind().name();
        f.producer = v.producer().name();
        f.value = v.value();
        f.se = plain(v.se());
        f.ciLow = plain(v.ciLow());
        f.ciHigh = plain(v.ciHigh());
        f.n = v.n() == null ? null : v.n().toString();
        f.deff = plain(v.deff());
        f.note = v.note();
        f.version = Integer.toString(v.version());
        return f;
    }

    ValueDraft toDraft(BindingResult errors) {
        Integer year = Numbers.year(period);
        if (year == null) {
            errors.rejectValue("period", "programme.validation.year");
        }
        ValueKind valueKind = Numbers.code(ValueKind.class, kind);
        ValueProducer by = valueKind == ValueKind.TARGET ? ValueProducer.PLAN : Numbers.code(ValueProducer.class, producer);
        Integer expected = Numbers.version(version);
        return new ValueDraft(year == null ? 0 : year, valueKind, by, value, se, ciLow, ciHigh, n, deff, note, expected);
    }

    private static String plain(java.math.BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getProducer() { return producer; }
    public void setProducer(String producer) { this.producer = producer; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getSe() { return se; }
    public void setSe(String se) { this.se = se; }
    public String getCiLow() { return ciLow; }
    public void setCiLow(String ciLow) { this.ciLow = ciLow; }
    public String getCiHigh() { return ciHigh; }
    public void setCiHigh(String ciHigh) { this.ciHigh = ciHigh; }
    public String getN() { return n; }
    public void setN(String n) { this.n = n; }
    public String getDeff() { return deff; }
    public void setDeff(String deff) { this.deff = deff; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
