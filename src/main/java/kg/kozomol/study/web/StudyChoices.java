package kg.kozomol.study.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.web.Option;
import kg.kozomol.study.CommentItem;
import kg.kozomol.study.Oblast;
import kg.kozomol.study.Studies;
import kg.kozomol.study.StudyMethod;
import kg.kozomol.study.StudyStatus;
import kg.kozomol.study.sampling.Allocation;
import kg.kozomol.study.sampling.ConfidenceLevel;
import kg.kozomol.study.sampling.Estimate;

/** Localised option lists and names for the study pages. */
@Component
class StudyChoices {

    private final MessageSource messages;
    private final Organisations organisations;
    private final Themes themes;
    private final Studies studies;

    StudyChoices(MessageSource messages, Organisations organisations, Themes themes, Studies studies) {
        this.messages = messages;
        this.organisations = organisations;
        this.themes = themes;
        this.studies = studies;
    }

    List<Option> ownOrganisations(KozomolPrincipal user) {
        return studies.organisationsFor(user).stream().map(o -> new Option(Long.toString(o.id()), o.name(locale()))).toList();
    }

    /** Organisations that run studies, for the list filter: everything but state bodies. */
    List<Option> studyOrganisations() {
        return organisations.all().stream().filter(o -> o.active() && o.kind() != OrganisationKind.STATE_BODY)
                .map(o -> new Option(Long.toString(o.id()), o.name(locale()))).toList();
    }

    List<Option> stateBodies(Collection<Long> except) {
        return organisations.ofKind(OrganisationKind.STATE_BODY).stream().filter(o -> !except.contains(o.id()))
                .map(o -> new Option(Long.toString(o.id()), o.name(locale()))).toList();
    }

    List<Option> themes() {
        return themes.all().stream().filter(Theme::active).map(t -> new Option(Long.toString(t.id()), t.name(locale()))).toList();
    }

    Map<Long, String> themeNames() {
        return themes.all().stream().collect(Collectors.toMap(Theme::id, t -> t.name(locale())));
    }

    Map<Long, String> organisationNames() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, o -> o.name(locale())));
    }

    List<Option> statuses() {
        return options(StudyStatus.values(), s -> "StudyStatus." + s.name());
    }

    List<Option> methods() {
        return options(StudyMethod.values(), m -> "StudyMethod." + m.name());
    }

    List<Option> oblasts() {
        return options(Oblast.values(), o -> "Oblast." + o.name());
    }

    List<Option> estimates() {
        return options(Estimate.values(), e -> "Estimate." + e.name());
    }

    List<Option> allocations() {
        return options(Allocation.values(), a -> "Allocation." + a.name());
    }

    List<Option> confidenceLevels() {
        return Arrays.stream(ConfidenceLevel.values())
                .map(c -> new Option(Integer.toString(c.percent()), label("study.plan.confidence.option", c.percent()))).toList();
    }

    List<Option> roles() {
        return List.of(new Option("LEAD", label("StudyRole.LEAD")), new Option("MEMBER", label("StudyRole.MEMBER")));
    }

    List<Option> items(List<CommentItem> items) {
        return items.stream().map(i -> new Option(i.value(), item(i))).toList();
    }

    String item(CommentItem item) {
        return item.label() == null ? label("Anchor." + item.anchor().name())
                : label("study.comment.item", label("Anchor." + item.anchor().name()), item.label());
    }

    private <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label(key.apply(v)))).toList();
    }

    private String label(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
