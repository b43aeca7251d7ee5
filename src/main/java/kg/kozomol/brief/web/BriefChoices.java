package kg.kozomol.brief.web;

import kg.kozomol.platform.web.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.BriefSection;
import kg.kozomol.brief.BriefStatus;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.EvidenceKind;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.KozomolPrincipal;

/** Localised option lists and names for the brief pages. */
@Component
class BriefChoices {

    private final MessageSource messages;
    private final Organisations organisations;
    private final Themes themes;
    private final Briefs briefs;

    BriefChoices(MessageSource messages, Organisations organisations, Themes themes, Briefs briefs) {
        this.messages = messages;
        this.organisations = organisations;
        this.themes = themes;
        this.briefs = briefs;
    }

    List<Option> ownOrganisations(KozomolPrincipal user) {
        Locale locale = LocaleContextHolder.getLocale();
        return organisations.byIds(briefs.organisationsFor(user)).stream()
                .map(o -> new Option(Long.toString(o.id()), o.name(locale))).toList();
    }

    List<Option> csos() {
        Locale locale = LocaleContextHolder.getLocale();
        return organisations.ofKind(OrganisationKind.CSO).stream().map(o -> new Option(Long.toString(o.id()), o.name(locale)))
                .toList();
    }

    List<Option> themes() {
        Locale locale = LocaleContextHolder.getLocale();
        return themes.all().stream().filter(Theme::active).map(t -> new Option(Long.toString(t.id()), t.name(locale))).toList();
    }

    Map<Long, String> themeNames() {
        Locale locale = LocaleContextHolder.getLocale();
        return themes.all().stream().collect(Collectors.toMap(Theme::id, t -> t.name(locale)));
    }

    Map<Long, String> organisationNames() {
        Locale locale = LocaleContextHolder.getLocale();
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, o -> o.name(locale)));
    }

    List<Option> languages() {
        return List.of(new Option("ru", label("brief.language.ru")), new Option("ky", label("brief.language.ky")));
    }

    List<Option> statuses() {
        return options(BriefStatus.values(), s -> "BriefStatus." + s.name());
    }

    List<Option> kinds() {
        return options(EvidenceKind.values(), k -> "EvidenceKind." + k.name());
    }

    List<Option> sections() {
        return options(BriefSection.values(), s -> "BriefSection." + s.name());
    }

    private <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label(key.apply(v)))).toList();
    }

    private String label(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
