package kg.kozomol.programme;

import java.util.List;

/** What the owner body answers to one recommendation; action lines come as typed (dates as text). */
public record ResponseInput(Stance stance, String reasons, List<Line> actions, Integer expectedVersion) {

    public record Line(String what, String who, String due) {

        boolean blank() {
            return Programmes.blank(what) && Programmes.blank(who) && Programmes.blank(due);
        }
    }
}
