package kg.kozomol.study;

import java.util.Map;
import java.util.Set;

/**
 * Where a study is: designed, reviewed by state bodies (endorsed or with changes requested), in the field,
 * analysed, closed. Review outcomes are set by the reviewers' decisions; the CSO moves the study on by hand.
 */
public enum StudyStatus {
    DESIGN,
    UNDER_REVIEW,
    CHANGES_REQUESTED,
    ENDORSED,
    FIELDWORK,
    ANALYSIS,
    CLOSED;

    /** The moves the CSO makes itself; a study goes to the field unreviewed or endorsed, never against a request. */
    private static final Map<StudyStatus, Set<StudyStatus>> MANUAL = Map.of(
            DESIGN, Set.of(FIELDWORK),
            UNDER_REVIEW, Set.of(),
            CHANGES_REQUESTED, Set.of(),
            ENDORSED, Set.of(FIELDWORK),
            FIELDWORK, Set.of(ANALYSIS),
            ANALYSIS, Set.of(CLOSED),
            CLOSED, Set.of());

    public boolean canMoveTo(StudyStatus target) {
        return MANUAL.get(this).contains(target);
    }

    public Set<StudyStatus> next() {
        return MANUAL.get(this);
    }

    /** Reviewers are deciding, or have decided, on the current design. */
    public boolean inReview() {
        return this == UNDER_REVIEW || this == CHANGES_REQUESTED || this == ENDORSED;
    }

    /** From fieldwork on, the design is what was collected with: it no longer changes. */
    public boolean designLocked() {
        return this == FIELDWORK || this == ANALYSIS || this == CLOSED;
    }

    /** Drafts stay with the organisation and its invited reviewers; a study in the field is visible to all users. */
    public boolean isPublic() {
        return designLocked();
    }
}
