package kg.kozomol.tracker;

/** How many of a recommendation's bodies are overdue or due soon, for its response and its implementation. */
public record DeadlineSummary(long responseOverdue, long responseDueSoon, long implementationOverdue,
        long implementationDueSoon) {

    public static final DeadlineSummary NONE = new DeadlineSummary(0, 0, 0, 0);

    public boolean any() {
        return responseOverdue + responseDueSoon + implementationOverdue + implementationDueSoon > 0;
    }
}
