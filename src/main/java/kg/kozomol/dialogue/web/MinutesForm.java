package kg.kozomol.dialogue.web;

import jakarta.validation.constraints.Size;
import kg.kozomol.dialogue.Meeting;
import kg.kozomol.dialogue.Meetings;

/** The minutes in Russian and Kyrgyz, as limited HTML; sanitised when saved. */
public class MinutesForm {

    @Size(max = Meetings.MINUTES_MAX, message = "{dialogue.validation.tooLong}")
    private String minutesRu;
    @Size(max = Meetings.MINUTES_MAX, message = "{dialogue.validation.tooLong}")
    private String minutesKy;
    private int version;

    static MinutesForm of(Meeting meeting) {
        MinutesForm f = new MinutesForm();
        f.minutesRu = meeting.minutesRu();
        f.minutesKy = meeting.minutesKy();
        f.version = meeting.version();
        return f;
    }

    public String getMinutesRu() { return minutesRu; }
    public void setMinutesRu(String minutesRu) { this.minutesRu = minutesRu; }
    public String getMinutesKy() { return minutesKy; }
    public void setMinutesKy(String minutesKy) { this.minutesKy = minutesKy; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
