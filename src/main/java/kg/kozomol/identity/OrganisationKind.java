package kg.kozomol.identity;

public enum OrganisationKind {
    CSO,
    STATE_BODY,
    EXPERT_GROUP,
    COORDINATOR
}
