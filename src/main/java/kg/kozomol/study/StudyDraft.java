package kg.kozomol.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What a user writes into a study; the team maps user ids to their role (only on edit; the creator leads a new one). */
public record StudyDraft(long organisationId, Long themeId, String titleRu, String titleKy, String objectives,
        List<StudyMethod> methods, String targetPopulation, List<Oblast> oblasts, LocalDate periodStart, LocalDate periodEnd,
        List<Instrument> instruments, String ethics, Map<Long, StudyRole> team) {

    public StudyDraft {
        methods = methods == null ? List.of() : List.copyOf(methods);
        oblasts = oblasts == null ? List.of() : List.copyOf(oblasts);
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        team = team == null ? Map.of() : Map.copyOf(team);
    }
}
