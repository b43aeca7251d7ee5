package kg.kozomol.identity.login;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.identity.UserAccounts.LoginRecord;
import kg.kozomol.identity.UserStatus;
import kg.kozomol.platform.KozomolPrincipal;

/** Loads the principal for form login; invited and disabled accounts cannot sign in. */
@Service
class KozomolUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    KozomolUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        LoginRecord record = users.loginRecord(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        var user = record.user();
        return new KozomolPrincipal(user.id(), user.email(), user.fullName(),
                record.passwordHash() == null ? "{noop}" + java.util.UUID.randomUUID() : record.passwordHash(),
                user.status() == UserStatus.ACTIVE, user.lockedUntil(), record.memberships(), user.preferredLocale());
    }
}
