package kg.kozomol.programme;

/** An expert on a programme's design-review panel. */
public record PanelMember(long expertId, String fullName) {}
