package kg.kozomol.brief;

public record FindingDraft(Bilingual title, Bilingual text) {}
