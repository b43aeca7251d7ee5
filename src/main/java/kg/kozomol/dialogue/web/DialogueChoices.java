package kg.kozomol.dialogue.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.dialogue.Meeting;
import kg.kozomol.dialogue.MeetingAccess;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.web.Option;

/** Organisation names and choices for the meeting pages, in the reader's language. */
@Component
class DialogueChoices {

    /** Participants of one kind, for a fieldset of checkboxes. */
    record Group(OrganisationKind kind, List<Option> options) {}

    private final Organisations organisations;
    private final MeetingAccess access;

    DialogueChoices(Organisations organisations, MeetingAccess access) {
        this.organisations = organisations;
        this.access = access;
    }

    /** The CSOs and coordinating bodies in which the user may organise a meeting. */
    List<Option> organisers(KozomolPrincipal user) {
        return organisations.all().stream().filter(Organisation::active)
                .filter(o -> o.kind() == OrganisationKind.CSO || o.kind() == OrganisationKind.COORDINATOR)
                .filter(o -> access.mayOrganise(user, o.id())).map(DialogueChoices::option).toList();
    }

    List<Group> participants() {
        List<Organisation> active = organisations.all().stream().filter(Organisation::active).toList();
        return Arrays.stream(OrganisationKind.values())
                .map(kind -> new Group(kind, active.stream().filter(o -> o.kind() == kind).map(DialogueChoices::option).toList()))
                .filter(g -> !g.options().isEmpty()).toList();
    }

    List<Option> all() {
        return organisations.all().stream().map(DialogueChoices::option).toList();
    }

    /** The participating state bodies, which a deadline decision may concern. */
    List<Option> bodiesOf(Meeting meeting) {
        return organisations.byIds(meeting.participantIds()).stream().filter(o -> o.kind() == OrganisationKind.STATE_BODY)
                .map(DialogueChoices::option).toList();
    }

    /** The organiser and the participants, one of which takes on an agreed action. */
    List<Option> atTheTable(Meeting meeting) {
        List<Long> ids = new java.util.ArrayList<>(meeting.participantIds());
        ids.add(0, meeting.organiserId());
        return organisations.byIds(ids).stream().map(DialogueChoices::option).toList();
    }

    Map<Long, String> names(Collection<Long> ids) {
        Locale locale = LocaleContextHolder.getLocale();
        return organisations.byIds(ids).stream().collect(Collectors.toMap(Organisation::id, o -> o.name(locale)));
    }

    private static Option option(Organisation o) {
        return new Option(Long.toString(o.id()), o.name(LocaleContextHolder.getLocale()));
    }
}
