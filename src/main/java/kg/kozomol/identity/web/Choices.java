package kg.kozomol.identity.web;

import kg.kozomol.platform.web.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.notify.MailFrequency;
import kg.kozomol.platform.Role;

/** Localised option lists for the admin forms. */
@Component
class Choices {

    private final MessageSource messages;
    private final Organisations organisations;

    Choices(MessageSource messages, Organisations organisations) {
        this.messages = messages;
        this.organisations = organisations;
    }

    List<Option> kinds() {
        return Arrays.stream(OrganisationKind.values())
                .map(k -> new Option(k.name(), label("OrganisationKind." + k.name()))).toList();
    }

    List<Option> roles() {
        return Arrays.stream(Role.values()).map(r -> new Option(r.name(), label("Role." + r.name()))).toList();
    }

    List<Option> organisations() {
        Locale locale = LocaleContextHolder.getLocale();
        return organisations.all().stream().map(o -> new Option(Long.toString(o.id()), o.name(locale))).toList();
    }

    List<Option> languages() {
        return List.of(new Option("ru", "Русский"), new Option("ky", "Кыргызча"), new Option("en", "English"));
    }

    List<Option> mailFrequencies() {
        return Arrays.stream(MailFrequency.values()).map(f -> new Option(f.name(), label("MailFrequency." + f.name()))).toList();
    }

    private String label(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
