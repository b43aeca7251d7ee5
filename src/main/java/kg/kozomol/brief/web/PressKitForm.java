package kg.kozomol.brief.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.PressKit;
import kg.kozomol.brief.PressKitDraft;

/**
 * The press kit form: embargo, summary, contact, and rows of key figures and quotes. A few empty rows are offered
 * for new ones (the page works without JavaScript); rows left empty are dropped.
 */
public class PressKitForm {

    static final int EMPTY_ROWS = 2;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** No phone library in the build: digits, spaces, brackets and dashes, optionally "+" first, 6 to 15 digits. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{4,24}$");

    private Integer version;
    private String embargoUntil;
    @Size(max = 5000, message = "{brief.validation.tooLong}")
    private String summaryRu;
    @Size(max = 5000, message = "{brief.validation.tooLong}")
    private String summaryKy;
    @Size(max = 200, message = "{brief.validation.tooLong}")
    private String contactName;
    @Size(max = 254, message = "{brief.validation.tooLong}")
    private String contactEmail;
    @Size(max = 40, message = "{brief.validation.tooLong}")
    private String contactPhone;
    @Valid
    private List<FigureRow> figures = new ArrayList<>();
    @Valid
    private List<QuoteRow> quotes = new ArrayList<>();

    public static class FigureRow {
        @Size(max = 300, message = "{brief.validation.tooLong}")
        private String labelRu;
        @Size(max = 300, message = "{brief.validation.tooLong}")
        private String labelKy;
        private String value;
        @Size(max = 40, message = "{brief.validation.tooLong}")
        private String unit;
        private Long findingId;
        private boolean inChart;

        boolean isEmpty() {
            return blank(labelRu) && blank(labelKy) && blank(value) && blank(unit);
        }

        public String getLabelRu() { return labelRu; }
        public void setLabelRu(String v) { labelRu = v; }
        public String getLabelKy() { return labelKy; }
        public void setLabelKy(String v) { labelKy = v; }
        public String getValue() { return value; }
        public void setValue(String v) { value = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public Long getFindingId() { return findingId; }
        public void setFindingId(Long v) { findingId = v; }
        public boolean isInChart() { return inChart; }
        public void setInChart(boolean v) { inChart = v; }
    }

    public static class QuoteRow {
        @Size(max = 2000, message = "{brief.validation.tooLong}")
        private String textRu;
        @Size(max = 2000, message = "{brief.validation.tooLong}")
        private String textKy;
        private Long findingId;

        boolean isEmpty() {
            return blank(textRu) && blank(textKy) && findingId == null;
        }

        public String getTextRu() { return textRu; }
        public void setTextRu(String v) { textRu = v; }
        public String getTextKy() { return textKy; }
        public void setTextKy(String v) { textKy = v; }
        public Long getFindingId() { return findingId; }
        public void setFindingId(Long v) { findingId = v; }
    }

    static PressKitForm of(PressKit kit, Instant embargo, ZoneId zone) {
        PressKitForm form = new PressKitForm();
        form.embargoUntil = embargo == null ? null
                : LocalDateTime.ofInstant(embargo, zone).truncatedTo(ChronoUnit.MINUTES).toString();
        if (kit != null) {
            form.version = kit.version();
            form.summaryRu = kit.summary().ru();
            form.summaryKy = kit.summary().ky();
            form.contactName = kit.contact().name();
            form.contactEmail = kit.contact().email();
            form.contactPhone = kit.contact().phone();
            for (PressKit.KeyFigure f : kit.figures()) {
                FigureRow row = new FigureRow();
                row.labelRu = f.label().ru();
                row.labelKy = f.label().ky();
                row.value = f.value().toPlainString();
                row.unit = f.unit();
                row.findingId = f.findingId();
                row.inChart = f.inChart();
                form.figures.add(row);
            }
            for (PressKit.Quote q : kit.quotes()) {
                QuoteRow row = new QuoteRow();
                row.textRu = q.text().ru();
                row.textKy = q.text().ky();
                row.findingId = q.findingId();
                form.quotes.add(row);
            }
        }
        return form;
    }

    /** Adds empty rows for new figures and quotes, up to {@link #EMPTY_ROWS} of each. */
    PressKitForm withEmptyRows() {
        figures.removeIf(r -> r == null);
        quotes.removeIf(r -> r == null);
        long emptyFigures = figures.stream().filter(FigureRow::isEmpty).count();
        for (long i = emptyFigures; i < EMPTY_ROWS; i++) {
            figures.add(new FigureRow());
        }
        long emptyQuotes = quotes.stream().filter(QuoteRow::isEmpty).count();
        for (long i = emptyQuotes; i < EMPTY_ROWS; i++) {
            quotes.add(new QuoteRow());
        }
        return this;
    }

    /** Checks what annotations cannot and reads the draft; errors are added to {@code errors}. */
    PressKitDraft toDraft(ZoneId zone, Errors errors) {
        Instant embargo = null;
        if (!blank(embargoUntil)) {
            try {
                embargo = LocalDateTime.parse(embargoUntil.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                errors.rejectValue("embargoUntil", "presskit.validation.dateTime");
            }
        }
        if (blank(summaryRu) && blank(summaryKy)) {
            errors.rejectValue("summaryRu", "presskit.validation.summary");
        }
        if (!blank(contactEmail) && !EMAIL.matcher(contactEmail.strip()).matches()) {
            errors.rejectValue("contactEmail", "presskit.validation.email");
        }
        if (!blank(contactPhone) && !validPhone(contactPhone.strip())) {
            errors.rejectValue("contactPhone", "presskit.validation.phone");
        }
        List<PressKit.KeyFigure> keyFigures = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            FigureRow row = figures.get(i);
            if (row == null || row.isEmpty()) {
                continue;
            }
            if (blank(row.labelRu) && blank(row.labelKy)) {
                errors.rejectValue("figures[" + i + "].labelRu", "presskit.validation.label");
            }
            BigDecimal value = number(row.value);
            if (value == null) {
                errors.rejectValue("figures[" + i + "].value", "presskit.validation.number");
                continue;
            }
            keyFigures.add(new PressKit.KeyFigure(new Bilingual(trim(row.labelRu), trim(row.labelKy)), value, trim(row.unit),
                    row.findingId, row.inChart));
        }
        List<PressKit.Quote> lines = quotes.stream().filter(q -> q != null && !q.isEmpty())
                .map(q -> new PressKit.Quote(new Bilingual(trim(q.textRu), trim(q.textKy)), q.findingId)).toList();
        return new PressKitDraft(embargo, new Bilingual(trim(summaryRu), trim(summaryKy)),
                new PressKit.Contact(trim(contactName), trim(contactEmail), trim(contactPhone)), keyFigures, lines);
    }

    static boolean validPhone(String phone) {
        long digits = phone.chars().filter(Character::isDigit).count();
        return PHONE.matcher(phone).matches() && digits >= 6 && digits <= 15;
    }

    /** "12,5", "12.5" or "1 200": a number as people type it; null when it is none. */
    private static BigDecimal number(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
            return value.abs().compareTo(new BigDecimal("1e14")) < 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trim(String text) {
        return blank(text) ? null : text.strip();
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
    public String getEmbargoUntil() { return embargoUntil; }
    public void setEmbargoUntil(String v) { embargoUntil = v; }
    public String getSummaryRu() { return summaryRu; }
    public void setSummaryRu(String v) { summaryRu = v; }
    public String getSummaryKy() { return summaryKy; }
    public void setSummaryKy(String v) { summaryKy = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public List<FigureRow> getFigures() { return figures; }
    public void setFigures(List<FigureRow> v) { figures = v; }
    public List<QuoteRow> getQuotes() { return quotes; }
    public void setQuotes(List<QuoteRow> v) { quotes = v; }
}
