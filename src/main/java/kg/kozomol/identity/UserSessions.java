package kg.kozomol.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends every login session of a user, e.g. when the account is disabled or its password reset. */
@Component
class UserSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    UserSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    void endAll(String email) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(email).keySet().forEach(repository::deleteById);
        }
    }
}
