package kg.kozomol.support;

import java.util.List;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signs a MockMvc request in as a principal with the given role, without touching the database. */
public final class TestUsers {

    private TestUsers() {}

    public static KozomolPrincipal principal(long id, Role role, long organisationId) {
        return new KozomolPrincipal(id, role.name().toLowerCase() + "@test.kozomol.kg", "Test " + role, null, true, null,
                List.of(new Membership(organisationId, role)), "ru");
    }

    public static RequestPostProcessor as(KozomolPrincipal principal) {
        Authentication auth = new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities());
        return authentication(auth);
    }

    public static RequestPostProcessor as(Role role) {
        return as(principal(999_000 + role.ordinal(), role, 999_000));
    }
}
