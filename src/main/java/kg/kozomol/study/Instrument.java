package kg.kozomol.study;

/** A questionnaire, guide or checklist of the study; a link until forms are built in. */
public record Instrument(String title, String url) {

    /** The title, or the address when there is none. */
    public String label() {
        return title == null || title.isBlank() ? url : title;
    }
}
