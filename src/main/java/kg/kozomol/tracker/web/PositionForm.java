package kg.kozomol.tracker.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import kg.kozomol.files.FileUpload;
import kg.kozomol.tracker.PlannedMeasure;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.PositionDraft;
import kg.kozomol.tracker.StatePosition;

public class PositionForm {

    static final int MEASURE_ROWS = 3;

    @NotNull(message = "{tracker.validation.required}")
    private Position position;
    @Size(max = 10000, message = "{tracker.validation.tooLong}")
    private String reasoning;
    @Size(max = 1000, message = "{tracker.validation.tooLong}")
    private String evidenceUrl;
    private Long redirectToId;
    @Size(max = 100, message = "{tracker.validation.tooLong}")
    private String letterNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate letterDate;
    @Size(max = 300, message = "{tracker.validation.tooLong}")
    private String responsibleUnit;
    private List<MeasureRow> measures = emptyRows();
    private boolean revise;

    public static class MeasureRow {
        @Size(max = 1000, message = "{tracker.validation.tooLong}")
        private String description;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate targetDate;

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public LocalDate getTargetDate() { return targetDate; }
        public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
    }

    static PositionForm of(StatePosition p) {
        PositionForm form = new PositionForm();
        form.position = p.position();
        form.reasoning = p.reasoning();
        form.evidenceUrl = p.evidenceUrl();
        form.redirectToId = p.redirectToId();
        form.letterNumber = p.letterNumber();
        form.letterDate = p.letterDate();
        form.responsibleUnit = p.responsibleUnit();
        for (int i = 0; i < Math.min(MEASURE_ROWS, p.measures().size()); i++) {
            form.measures.get(i).description = p.measures().get(i).description();
            form.measures.get(i).targetDate = p.measures().get(i).targetDate();
        }
        form.revise = p.revision();
        return form;
    }

    PositionDraft toDraft(FileUpload evidence, FileUpload scan) {
        List<PlannedMeasure> planned = new ArrayList<>();
        for (MeasureRow row : measures == null ? List.<MeasureRow>of() : measures) {
            boolean empty = (row.description == null || row.description.isBlank()) && row.targetDate == null;
            if (!empty) {
                planned.add(new PlannedMeasure(row.description, row.targetDate));
            }
        }
        return new PositionDraft(position, reasoning, evidenceUrl, evidence, redirectToId, letterNumber, letterDate, scan,
                responsibleUnit, planned);
    }

    private static List<MeasureRow> emptyRows() {
        List<MeasureRow> rows = new ArrayList<>();
        for (int i = 0; i < MEASURE_ROWS; i++) {
            rows.add(new MeasureRow());
        }
        return rows;
    }

    /** Uploads arrive as request parameters; these only give their errors a field to sit on. */
    public String getEvidenceFile() { return null; }
    public String getLetterScan() { return null; }
    public Position getPosition() { return position; }
    public void setPosition(Position position) { this.position = position; }
    public String getReasoning() { return reasoning; }
    public void setReasoning(String reasoning) { this.reasoning = reasoning; }
    public String getEvidenceUrl() { return evidenceUrl; }
    public void setEvidenceUrl(String evidenceUrl) { this.evidenceUrl = evidenceUrl; }
    public Long getRedirectToId() { return redirectToId; }
    public void setRedirectToId(Long redirectToId) { this.redirectToId = redirectToId; }
    public String getLetterNumber() { return letterNumber; }
    public void setLetterNumber(String letterNumber) { this.letterNumber = letterNumber; }
    public LocalDate getLetterDate() { return letterDate; }
    public void setLetterDate(LocalDate letterDate) { this.letterDate = letterDate; }
    public String getResponsibleUnit() { return responsibleUnit; }
    public void setResponsibleUnit(String responsibleUnit) { this.responsibleUnit = responsibleUnit; }
    public List<MeasureRow> getMeasures() { return measures; }
    public void setMeasures(List<MeasureRow> measures) { this.measures = measures; }
    public boolean isRevise() { return revise; }
    public void setRevise(boolean revise) { this.revise = revise; }
}
