package kg.kozomol.platform.web;

import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;

/** What the page frame shows: who is signed in, unread notifications, the demo banner, the current address. */
public record LayoutView(KozomolPrincipal user, long unreadNotifications, boolean demo, String currentUri, String language) {

    public boolean signedIn() {
        return user != null;
    }

    public boolean admin() {
        return user != null && user.hasRole(Role.ADMIN);
    }

    public boolean coordinator() {
        return user != null && (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN));
    }

    /** Researchers and coders work on qualitative projects. */
    public boolean qualitative() {
        return user != null && (user.hasRole(Role.RESEARCHER) || user.hasRole(Role.CODER));
    }
}
