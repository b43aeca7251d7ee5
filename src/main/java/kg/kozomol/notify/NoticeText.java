package kg.kozomol.notify;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders notices for e-mail in the recipient's language: one at a time or as a digest. */
@Component
class NoticeText {

    private final MessageSource messages;
    private final String baseUrl;

    NoticeText(MessageSource messages, @Value("${kozomol.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    String message(String key, List<String> args, Locale locale) {
        return messages.getMessage(key, args.toArray(), locale);
    }

    String subject(String text, Locale locale) {
        return messages.getMessage("notify.mail.subject", new Object[] {text}, locale);
    }

    String footer(Locale locale) {
        return messages.getMessage("notify.mail.footer", null, locale);
    }

    String digestSubject(String date, Locale locale) {
        return messages.getMessage("notify.digest.subject", new Object[] {date}, locale);
    }

    String digestIntro(String date, int count, Locale locale) {
        return messages.getMessage("notify.digest.intro", new Object[] {date, count}, locale);
    }

    String url(String link) {
        return baseUrl + link;
    }
}
