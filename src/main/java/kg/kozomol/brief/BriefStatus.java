package kg.kozomol.brief;

import java.util.Map;
import java.util.Set;

/** Where a brief is in its life: written, reviewed inside the organisation, published, withdrawn. */
public enum BriefStatus {
    DRAFT,
    INTERNAL_REVIEW,
    PUBLISHED,
    WITHDRAWN;

    private static final Map<BriefStatus, Set<BriefStatus>> NEXT = Map.of(
            DRAFT, Set.of(INTERNAL_REVIEW),
            INTERNAL_REVIEW, Set.of(DRAFT, PUBLISHED),
            PUBLISHED, Set.of(WITHDRAWN),
            WITHDRAWN, Set.of());

    public boolean canMoveTo(BriefStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<BriefStatus> next() {
        return NEXT.get(this);
    }

    /** Readable by every signed-in user, not only the owning organisation. */
    public boolean isPublic() {
        return this == PUBLISHED || this == WITHDRAWN;
    }
}
