package kg.kozomol.qual;

import java.util.Set;

/** A participant or a focus group; consent is null until recorded. */
public record QualCase(long id, long projectId, String label, String sex, String ageGroup, String region, String role,
        Set<CaseAttribute> publish, Consent consent, int version) {

    public boolean locked() {
        return consent != null && consent.withdrawn();
    }
}
