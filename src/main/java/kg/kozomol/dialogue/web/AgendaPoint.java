package kg.kozomol.dialogue.web;

import java.util.List;
import kg.kozomol.dialogue.AgendaItem;
import kg.kozomol.dialogue.Decision;

/** An agenda point on the meeting page with the briefs and recommendations the viewer may open, and its decisions. */
public record AgendaPoint(AgendaItem item, List<Link> briefs, List<Link> recommendations, List<Decision> decisions) {

    /** A linked record: its number or reference, its title and where it lives. */
    public record Link(long id, String label, String title, String href) {}
}
