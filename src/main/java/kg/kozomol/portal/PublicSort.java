package kg.kozomol.portal;

/** Orders of the public tracker list. */
public enum PublicSort {
    NEWEST("r.released_at desc, r.id desc"),
    OLDEST("r.released_at asc, r.id asc"),
    REFERENCE("r.reference asc, r.id asc"),
    PRIORITY("case r.priority when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, r.released_at desc, r.id desc");

    private final String orderBy;

    PublicSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
