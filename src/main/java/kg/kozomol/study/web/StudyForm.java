package kg.kozomol.study.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.validation.BindingResult;
import kg.kozomol.study.Instrument;
import kg.kozomol.study.Oblast;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyDraft;
import kg.kozomol.study.StudyMethod;
import kg.kozomol.study.StudyRole;
import kg.kozomol.study.TeamMember;

/**
 * The study's own fields as typed. Every value is text, so nothing a browser sends can fail binding: ids, dates,
 * codes and instrument lines are read here and turned into field errors with localised messages.
 */
public class StudyForm {

    private String organisationId;
    private String themeId;
    @Size(max = 300, message = "{study.validation.tooLong}")
    private String titleRu;
    @Size(max = 300, message = "{study.validation.tooLong}")
    private String titleKy;
    @Size(max = 10000, message = "{study.validation.tooLong}")
    private String objectives;
    private List<String> methods = new ArrayList<>();
    @Size(max = 2000, message = "{study.validation.tooLong}")
    private String targetPopulation;
    private List<String> oblasts = new ArrayList<>();
    private String periodStart;
    private String periodEnd;
    @Size(max = 25000, message = "{study.validation.tooLong}")
    private String instruments;
    @Size(max = 10000, message = "{study.validation.tooLong}")
    private String ethics;
    private Map<String, String> team = new LinkedHashMap<>();
    private int version;

    static StudyForm of(Study s) {
        StudyForm f = new StudyForm();
        f.organisationId = Long.toString(s.organisationId());
        f.themeId = Long.toString(s.themeId());
        f.titleRu = s.titleRu();
        f.titleKy = s.titleKy();
        f.objectives = s.objectives();
        f.methods = new ArrayList<>(s.methods().stream().map(Enum::name).toList());
        f.targetPopulation = s.targetPopulation();
        f.oblasts = new ArrayList<>(s.oblasts().stream().map(Enum::name).toList());
        f.periodStart = s.periodStart() == null ? null : s.periodStart().toString();
        f.periodEnd = s.periodEnd() == null ? null : s.periodEnd().toString();
        f.instruments = String.join("\n", s.instruments().stream()
                .map(i -> i.title() == null ? i.url() : i.title() + " | " + i.url()).toList());
        f.ethics = s.ethics();
        for (TeamMember member : s.team()) {
            f.team.put(Long.toString(member.userId()), member.role().name());
        }
        f.version = s.version();
        return f;
    }

    /** Reads the text into a draft; what cannot be read becomes a field error and is left out. */
    StudyDraft toDraft(long organisation, BindingResult errors) {
        Long theme = number(themeId);
        LocalDate start = date("periodStart", periodStart, errors);
        LocalDate end = date("periodEnd", periodEnd, errors);
        return new StudyDraft(organisation, theme, titleRu, titleKy, objectives, codes(methods, StudyMethod::valueOf),
                targetPopulation, codes(oblasts, Oblast::valueOf), start, end, instruments(errors), ethics, team());
    }

    Long organisation() {
        return number(organisationId);
    }

    private List<Instrument> instruments(BindingResult errors) {
        List<Instrument> found = new ArrayList<>();
        if (instruments == null) {
            return found;
        }
        int line = 0;
        for (String raw : instruments.split("\\R")) {
            line++;
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            int bar = text.lastIndexOf('|');
            String title = bar < 0 ? null : text.substring(0, bar).strip();
            String url = bar < 0 ? text : text.substring(bar + 1).strip();
            if (!url.matches("(?i)^https?://[^\\s<>\"]+$")) {
                errors.rejectValue("instruments", "study.validation.instrumentLine", new Object[] {line}, null);
                continue;
            }
            found.add(new Instrument(title == null || title.isEmpty() ? null : title, url));
        }
        return found;
    }

    private Map<Long, StudyRole> team() {
        Map<Long, StudyRole> roles = new HashMap<>();
        team.forEach((user, role) -> {
            Long id = number(user);
            Optional<StudyRole> parsed = Arrays.stream(StudyRole.values()).filter(r -> r.name().equals(role)).findFirst();
            if (id != null && parsed.isPresent()) {
                roles.put(id, parsed.get());
            }
        });
        return roles;
    }

    private static LocalDate date(String field, String text, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "study.validation.date");
            return null;
        }
    }

    /** Codes a browser may send; anything else is ignored, as a tampered request deserves no message. */
    private static <E extends Enum<E>> List<E> codes(List<String> values, Function<String, E> parse) {
        List<E> parsed = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                parsed.add(parse.apply(value));
            } catch (IllegalArgumentException | NullPointerException e) {
                // not one of ours
            }
        }
        return parsed;
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public String getThemeId() { return themeId; }
    public void setThemeId(String themeId) { this.themeId = themeId; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public String getTitleKy() { return titleKy; }
    public void setTitleKy(String titleKy) { this.titleKy = titleKy; }
    public String getObjectives() { return objectives; }
    public void setObjectives(String objectives) { this.objectives = objectives; }
    public List<String> getMethods() { return methods; }
    public void setMethods(List<String> methods) { this.methods = methods; }
    public String getTargetPopulation() { return targetPopulation; }
    public void setTargetPopulation(String targetPopulation) { this.targetPopulation = targetPopulation; }
    public List<String> getOblasts() { return oblasts; }
    public void setOblasts(List<String> oblasts) { this.oblasts = oblasts; }
    public String getPeriodStart() { return periodStart; }
    public void setPeriodStart(String periodStart) { this.periodStart = periodStart; }
    public String getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(String periodEnd) { this.periodEnd = periodEnd; }
    public String getInstruments() { return instruments; }
    public void setInstruments(String instruments) { this.instruments = instruments; }
    public String getEthics() { return ethics; }
    public void setEthics(String ethics) { this.ethics = ethics; }
    public Map<String, String> getTeam() { return team; }
    public void setTeam(Map<String, String> team) { this.team = team; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
