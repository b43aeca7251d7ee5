package kg.kozomol.platform;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a member does in an organisation. A user's authorities are the roles of all their memberships. */
public enum Role {
    RESEARCHER,
    FIELD_MONITOR,
    CODER,
    STATE_FOCAL_POINT,
    EXPERT,
    COORDINATOR,
    ADMIN;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
