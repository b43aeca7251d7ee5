package kg.kozomol.brief;

/** How the evidence was produced; the study itself is linked by reference until studies exist as records. */
public record Methodology(Bilingual text, String studyReference, Integer sampleSize, String sampleDescription) {}
