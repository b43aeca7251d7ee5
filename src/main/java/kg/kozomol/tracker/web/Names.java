package kg.kozomol.tracker.web;

import kg.kozomol.platform.web.Option;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;

/** Organisation and theme names and choices in the reader's language. */
@Component
class Names {

    private final Organisations organisations;
    private final Themes themes;

    Names(Organisations organisations, Themes themes) {
        this.organisations = organisations;
        this.themes = themes;
    }

    Map<Long, String> organisations(Collection<Long> ids) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = new HashMap<>();
        organisations.byIds(ids).forEach(o -> names.put(o.id(), o.name(locale)));
        return names;
    }

    List<Option> stateBodies() {
        return ofKind(OrganisationKind.STATE_BODY);
    }

    List<Option> organisationsAmong(Collection<Long> ids, OrganisationKind kind) {
        Locale locale = LocaleContextHolder.getLocale();
        return organisations.byIds(ids).stream().filter(o -> o.kind() == kind)
                .map(o -> new Option(Long.toString(o.id()), o.name(locale))).toList();
    }

    List<Option> ofKind(OrganisationKind kind) {
        Locale locale = LocaleContextHolder.getLocale();
        return organisations.ofKind(kind).stream().map(o -> new Option(Long.toString(o.id()), o.name(locale))).toList();
    }

    List<Option> themes() {
        Locale locale = LocaleContextHolder.getLocale();
        return themes.all().stream().filter(t -> t.active()).map(t -> new Option(Long.toString(t.id()), t.name(locale))).toList();
    }

    /** Every theme's name, retired ones too, for figures and lists that may still refer to them. */
    Map<Long, String> themeNames() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = new HashMap<>();
        themes.all().forEach(t -> names.put(t.id(), t.name(locale)));
        return names;
    }

    String theme(Long id) {
        return id == null ? null : themes.find(id).map(t -> t.name(LocaleContextHolder.getLocale())).orElse(null);
    }
}
