package kg.kozomol.dialogue.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import kg.kozomol.dialogue.Meeting;
import kg.kozomol.dialogue.MeetingDraft;

/** A meeting's own fields; the agenda, minutes and decisions have their own forms. */
public class MeetingForm {

    @Size(max = 300, message = "{dialogue.validation.tooLong}")
    private String titleRu;
    @Size(max = 300, message = "{dialogue.validation.tooLong}")
    private String titleKy;
    @NotNull(message = "{dialogue.validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @NotNull(message = "{dialogue.validation.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime startTime;
    @NotNull(message = "{dialogue.validation.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime endTime;
    @Size(max = 300, message = "{dialogue.validation.tooLong}")
    private String place;
    private boolean online;
    @Size(max = 1000, message = "{dialogue.validation.tooLong}")
    private String onlineUrl;
    /** Chosen on creation only; a meeting stays with its organiser. */
    private Long organiserId;
    private List<Long> participantIds = new ArrayList<>();
    private int version;

    static MeetingForm of(Meeting m, ZoneId zone) {
        MeetingForm f = new MeetingForm();
        ZonedDateTime start = m.startsAt().atZone(zone);
        f.titleRu = m.titleRu();
        f.titleKy = m.titleKy();
        f.date = start.toLocalDate();
        f.startTime = start.toLocalTime();
        f.endTime = m.endsAt().atZone(zone).toLocalTime();
        f.place = m.place();
        f.online = m.online();
        f.onlineUrl = m.onlineUrl();
        f.organiserId = m.organiserId();
        f.participantIds = new ArrayList<>(m.participantIds());
        f.version = m.version();
        return f;
    }

    MeetingDraft toDraft() {
        return new MeetingDraft(titleRu, titleKy, date, startTime, endTime, place, online, onlineUrl, organiserId,
                participantIds == null ? List.of() : participantIds);
    }

    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public String getTitleKy() { return titleKy; }
    public void setTitleKy(String titleKy) { this.titleKy = titleKy; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public boolean isOnline() { return online; }
    public void setOnline(boolean online) { this.online = online; }
    public String getOnlineUrl() { return onlineUrl; }
    public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
    public Long getOrganiserId() { return organiserId; }
    public void setOrganiserId(Long organiserId) { this.organiserId = organiserId; }
    public List<Long> getParticipantIds() { return participantIds; }
    public void setParticipantIds(List<Long> participantIds) { this.participantIds = participantIds; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
