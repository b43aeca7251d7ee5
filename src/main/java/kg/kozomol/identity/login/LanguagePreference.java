package kg.kozomol.identity.login;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.LocaleChanged;

/** Saves the language a signed-in user switched to, so it follows them to other devices. */
@Component
class LanguagePreference {

    private final UserAccounts users;

    LanguagePreference(UserAccounts users) {
        this.users = users;
    }

    @EventListener
    void on(LocaleChanged event) {
        users.rememberLanguage(event.userId(), event.language());
    }
}
