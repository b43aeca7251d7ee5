package kg.kozomol.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A study as stored now, with its team. */
public record Study(long id, long organisationId, long themeId, String titleRu, String titleKy, String objectives,
        List<StudyMethod> methods, String targetPopulation, List<Oblast> oblasts, LocalDate periodStart, LocalDate periodEnd,
        List<Instrument> instruments, String ethics, List<TeamMember> team, StudyStatus status, int revision,
        Instant createdAt, Instant updatedAt, boolean demo, int version) {

    public String title(Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, titleRu, titleKy);
    }

    /** Design and plan may change only before fieldwork. */
    public void ensureDesignOpen() {
        if (status.designLocked()) {
            throw new StudyRuleException(null, "study.refused.locked");
        }
    }
}
