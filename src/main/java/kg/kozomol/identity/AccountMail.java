package kg.kozomol.identity;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import kg.kozomol.notify.Mailer;
import kg.kozomol.notify.OutgoingMail;

/** Writes the invitation and password-reset e-mails in the recipient's language. */
@Component
class AccountMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    AccountMail(Mailer mailer, MessageSource messages, @Value("${kozomol.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void invitation(String email, String fullName, String language, String token, String organisation) {
        Locale locale = Locale.forLanguageTag(language);
        String link = link("/account/invitation", token);
        mailer.send(new OutgoingMail(email, messages.getMessage("identity.mail.invitation.subject", null, locale),
                messages.getMessage("identity.mail.invitation.body", new Object[] {fullName, organisation, link}, locale)));
    }

    void passwordReset(String email, String fullName, String language, String token) {
        Locale locale = Locale.forLanguageTag(language);
        String link = link("/password/reset", token);
        mailer.send(new OutgoingMail(email, messages.getMessage("identity.mail.reset.subject", null, locale),
                messages.getMessage("identity.mail.reset.body", new Object[] {fullName, link}, locale)));
    }

    private String link(String path, String token) {
        return UriComponentsBuilder.fromUriString(baseUrl).path(path).queryParam("token", token).build().toUriString();
    }
}
