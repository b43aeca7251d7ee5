package kg.kozomol.platform;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as the rest of the application sees them; kept in the (database) session. */
public final class KozomolPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String fullName;
    private String passwordHash;
    private final boolean active;
    private final Instant lockedUntil;
    private final List<Membership> memberships;
    private final String locale;

    public KozomolPrincipal(long id, String email, String fullName, String passwordHash, boolean active,
            Instant lockedUntil, List<Membership> memberships, String locale) {
        this.id = id;
        this.email = email;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.active = active;
        this.lockedUntil = lockedUntil;
        this.memberships = List.copyOf(memberships);
        this.locale = locale;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public List<Membership> memberships() {
        return memberships;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public Set<Role> roles() {
        return memberships.stream().map(Membership::role).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public Set<Long> organisationIds() {
        return memberships.stream().map(Membership::organisationId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isMemberOf(long organisationId) {
        return organisationIds().contains(organisationId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles().stream().map(Role::authority).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KozomolPrincipal p && p.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "KozomolPrincipal[" + id + "]";
    }
}
