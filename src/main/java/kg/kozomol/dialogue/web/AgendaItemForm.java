package kg.kozomol.dialogue.web;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import kg.kozomol.dialogue.AgendaItem;
import kg.kozomol.dialogue.AgendaItemDraft;

/** An agenda point: briefs by number and recommendations by reference, each list separated by commas or spaces. */
public class AgendaItemForm {

    private static final String SEPARATORS = "[\\s,;]+";

    @Size(max = 500, message = "{dialogue.validation.tooLong}")
    private String title;
    @Size(max = 500, message = "{dialogue.validation.tooLong}")
    private String briefIds;
    @Size(max = 2000, message = "{dialogue.validation.tooLong}")
    private String recommendationReferences;
    private int version;

    static AgendaItemForm of(AgendaItem item, List<String> references) {
        AgendaItemForm f = new AgendaItemForm();
        f.title = item.title();
        f.briefIds = item.briefIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
        f.recommendationReferences = String.join(", ", references);
        f.version = item.version();
        return f;
    }

    /** The first entry in the briefs field that is not a brief number, if any. */
    String notABriefNumber() {
        return tokens(briefIds).stream().filter(t -> !t.matches("\\d{1,15}")).findFirst().orElse(null);
    }

    AgendaItemDraft toDraft() {
        return new AgendaItemDraft(title, tokens(briefIds).stream().map(Long::valueOf).toList(), tokens(recommendationReferences));
    }

    private static List<String> tokens(String text) {
        return text == null ? List.of() : Arrays.stream(text.trim().split(SEPARATORS)).filter(t -> !t.isEmpty()).toList();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBriefIds() { return briefIds; }
    public void setBriefIds(String briefIds) { this.briefIds = briefIds; }
    public String getRecommendationReferences() { return recommendationReferences; }
    public void setRecommendationReferences(String references) { this.recommendationReferences = references; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
