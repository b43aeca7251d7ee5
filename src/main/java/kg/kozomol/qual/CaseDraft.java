package kg.kozomol.qual;

import java.util.Set;

public record CaseDraft(String label, String sex, String ageGroup, String region, String role, Set<CaseAttribute> publish) {}
