package kg.kozomol.study;

/** How a study collects its evidence; a study may combine several. */
public enum StudyMethod {
    HOUSEHOLD_SURVEY,
    INDIVIDUAL_SURVEY,
    IN_DEPTH_INTERVIEWS,
    FOCUS_GROUPS,
    EXPERT_SURVEY,
    SITE_AUDIT,
    DOCUMENT_REVIEW
}
