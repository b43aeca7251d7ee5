package kg.kozomol.programme.web;

import java.util.ArrayList;
import java.util.List;
import kg.kozomol.programme.ActionLine;
import kg.kozomol.programme.EvaluationRecommendation;
import kg.kozomol.programme.ResponseInput;
import kg.kozomol.programme.Stance;

/** The owner body's response to one recommendation as typed: stance, reasons and a few action-plan rows. */
public class ResponseForm {

    /** Empty rows offered below the filled ones, so a plan can grow without JavaScript. */
    private static final int SPARE_ROWS = 3;

    private String stance;
    private String reasons;
    private List<Line> actions = new ArrayList<>();
    private String version;

    static ResponseForm of(EvaluationRecommendation r) {
        ResponseForm form = new ResponseForm();
        form.stance = r.stance() == null ? null : r.stance().name();
        form.reasons = r.reasons();
        form.version = Integer.toString(r.version());
        for (ActionLine a : r.actions()) {
            form.actions.add(new Line(a.what(), a.who(), a.due().toString()));
        }
        return form.padded();
    }

    ResponseForm padded() {
        long filled = actions.stream().filter(l -> !l.blank()).count();
        while (actions.size() < filled + SPARE_ROWS) {
            actions.add(new Line(null, null, null));
        }
        return this;
    }

    ResponseInput input() {
        return new ResponseInput(Numbers.code(Stance.class, stance), reasons,
                actions.stream().map(l -> new ResponseInput.Line(l.getWhat(), l.getWho(), l.getDue())).toList(),
                Numbers.version(version));
    }

    public String getStance() { return stance; }
    public void setStance(String stance) { this.stance = stance; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public List<Line> getActions() { return actions; }
    public void setActions(List<Line> actions) { this.actions = actions; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }

    /** One action-plan row. */
    public static class Line {

        private String what;
        private String who;
        private String due;

        public Line() {}

        Line(String what, String who, String due) {
            this.what = what;
            this.who = who;
            this.due = due;
        }

        boolean blank() {
            return (what == null || what.isBlank()) && (who == null || who.isBlank()) && (due == null || due.isBlank());
        }

        public String getWhat() { return what; }
        public void setWhat(String what) { this.what = what; }
        public String getWho() { return who; }
        public void setWho(String who) { this.who = who; }
        public String getDue() { return due; }
        public void setDue(String due) { this.due = due; }
    }
}
