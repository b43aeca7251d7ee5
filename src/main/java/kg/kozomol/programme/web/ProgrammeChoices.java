package kg.kozomol.programme.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.web.Option;
import kg.kozomol.programme.FieldProblem;
import kg.kozomol.programme.ProgrammeRuleException;
import kg.kozomol.programme.Rating;

/** Localised option lists and names for the programme pages, and the service's refusals as field errors. */
@Component
class ProgrammeChoices {

    private final MessageSource messages;
    private final Organisations organisations;

    ProgrammeChoices(MessageSource messages, Organisations organisations) {
        this.messages = messages;
        this.organisations = organisations;
    }

    List<Option> stateBodies() {
        return organisations.ofKind(OrganisationKind.STATE_BODY).stream().filter(Organisation::active)
                .map(o -> new Option(Long.toString(o.id()), o.name(locale()))).toList();
    }

    Map<Long, String> bodyNames() {
        return organisations.ofKind(OrganisationKind.STATE_BODY).stream()
                .collect(Collectors.toMap(Organisation::id, o -> o.name(locale())));
    }

    String bodyName(long id) {
        return organisations.require(id).name(locale());
    }

    <E extends Enum<E>> List<Option> options(E[] values) {
        Function<E, String> key = e -> e.getDeclaringClass().getSimpleName() + "." + e.name();
        return Arrays.stream(values).map(v -> new Option(v.name(), messages.getMessage(key.apply(v), null, locale()))).toList();
    }

    /** The six-point scale, highest first. */
    List<Option> ratings() {
        return IntStream.iterate(Rating.MAX, n -> n >= Rating.MIN, n -> n - 1)
                .mapToObj(n -> new Option(Integer.toString(n), messages.getMessage("programme.rating." + n, null, locale()))).toList();
    }

    /** The service's rules, on fields the form could read (an unreadable field has its message already). */
    static void reject(BindingResult errors, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.messageKey());
            }
        }
    }

    static void reject(BindingResult errors, ProgrammeRuleException e) {
        if (e.field() == null) {
            errors.reject(e.messageKey());
        } else {
            errors.rejectValue(e.field(), e.messageKey());
        }
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
