package kg.kozomol.tracker;

public enum ActionType { LAW, BYLAW, POLICY, BUDGET, INSTITUTIONAL, PRACTICE, DATA }
