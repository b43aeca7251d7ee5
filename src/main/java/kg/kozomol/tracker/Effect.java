package kg.kozomol.tracker;

public enum Effect { WORSENED, NO_CHANGE, MARGINAL, MAJOR, OUTSTANDING }
