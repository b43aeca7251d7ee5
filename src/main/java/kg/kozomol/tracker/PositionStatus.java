package kg.kozomol.tracker;

public enum PositionStatus { DRAFT, RELEASED, SUPERSEDED }
