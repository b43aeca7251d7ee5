package kg.kozomol.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in the current request or job, if anyone. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<KozomolPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KozomolPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static KozomolPrincipal required() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("login required"));
    }
}
