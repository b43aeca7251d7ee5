package kg.kozomol.demo;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;

/** The demo logins listed in the README; one per role, all with the same password. */
public final class DemoAccounts {

    public static final String PASSWORD = "kozomol-demo-2026";

    public record Account(String email, String fullName, Role role, String organisationKey) {}

    public static final List<Account> ALL = List.of(
            new Account("researcher@demo.kozomol.kg", "Айгүл Демо-Исследователь", Role.RESEARCHER, "cso-law"),
            new Account("monitor@demo.kozomol.kg", "Бакыт Демо-Монитор", Role.FIELD_MONITOR, "cso-law"),
            new Account("coder@demo.kozomol.kg", "Жамиля Демо-Кодировщик", Role.CODER, "cso-inclusion"),
            new Account("focal@demo.kozomol.kg", "Нурлан Демо-Контакт", Role.STATE_FOCAL_POINT, "minjust"),
            new Account("expert@demo.kozomol.kg", "Гүлнара Демо-Эксперт", Role.EXPERT, "experts"),
            new Account("coordinator@demo.kozomol.kg", "Эрмек Демо-Координатор", Role.COORDINATOR, "coordinator"),
            new Account("admin@demo.kozomol.kg", "Админ Демо", Role.ADMIN, "coordinator"));

    private DemoAccounts() {}

    /** A demo user acting in one of their roles, for services that check who acts. */
    static KozomolPrincipal principal(UserAccount user, long organisationId, Role role) {
        return new KozomolPrincipal(user.id(), user.email(), user.fullName(), null, true, null,
                List.of(new Membership(organisationId, role)), "ru");
    }

    /** Runs demo work signed in as this user; the loader clears the security context when it is done. */
    static <T> T as(KozomolPrincipal user, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return work.get();
    }
}
