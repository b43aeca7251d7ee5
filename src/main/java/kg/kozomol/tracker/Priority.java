package kg.kozomol.tracker;

public enum Priority { HIGH, MEDIUM, LOW }
