package kg.kozomol.programme.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kg.kozomol.programme.RoundDraft;

/** The new-round form; studies by number, recommendations by reference (one a line or comma-separated). */
public class RoundForm {

    private String title;
    private String studyId;
    private String previousStudyId;
    private String previousRoundId;
    private String instrumentNote;
    private String frameNote;
    private boolean overlapping;
    private String recommendations;
    private List<Long> indicatorIds = new ArrayList<>();

    RoundDraft toDraft(List<Long> recommendationIds) {
        return new RoundDraft(Numbers.id(studyId), Numbers.id(previousRoundId), Numbers.id(previousStudyId), title,
                instrumentNote, frameNote, overlapping, recommendationIds, indicatorIds);
    }

    List<String> references() {
        return recommendations == null ? List.of() : Arrays.stream(recommendations.split("[,;\\s]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getStudyId() { return studyId; }
    public void setStudyId(String studyId) { this.studyId = studyId; }
    public String getPreviousStudyId() { return previousStudyId; }
    public void setPreviousStudyId(String previousStudyId) { this.previousStudyId = previousStudyId; }
    public String getPreviousRoundId() { return previousRoundId; }
    public void setPreviousRoundId(String previousRoundId) { this.previousRoundId = previousRoundId; }
    public String getInstrumentNote() { return instrumentNote; }
    public void setInstrumentNote(String instrumentNote) { this.instrumentNote = instrumentNote; }
    public String getFrameNote() { return frameNote; }
    public void setFrameNote(String frameNote) { this.frameNote = frameNote; }
    public boolean isOverlapping() { return overlapping; }
    public void setOverlapping(boolean overlapping) { this.overlapping = overlapping; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
    public List<Long> getIndicatorIds() { return indicatorIds; }
    public void setIndicatorIds(List<Long> indicatorIds) { this.indicatorIds = indicatorIds; }
}
