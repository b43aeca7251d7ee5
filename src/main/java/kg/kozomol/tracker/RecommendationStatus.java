package kg.kozomol.tracker;

/** A recommendation is a draft of its CSO until released; then addressees see it and their clocks start. */
public enum RecommendationStatus { DRAFT, RELEASED }
