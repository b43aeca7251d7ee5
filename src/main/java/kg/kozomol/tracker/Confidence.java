package kg.kozomol.tracker;

public enum Confidence { LOW, MEDIUM, HIGH }
