package kg.kozomol.dialogue.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import kg.kozomol.dialogue.MeetingFilter;
import kg.kozomol.dialogue.MeetingStatus;
import kg.kozomol.dialogue.MeetingSummary;
import kg.kozomol.dialogue.Meetings;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.Role;

/** The meetings a user takes part in (all of them for an administrator), filtered by organisation, status and dates. */
@Controller
@PreAuthorize("isAuthenticated()")
class MeetingListController {

    private final Meetings meetings;
    private final DialogueChoices choices;

    MeetingListController(Meetings meetings, DialogueChoices choices) {
        this.meetings = meetings;
        this.choices = choices;
    }

    @GetMapping("/meetings")
    String list(@RequestParam(name = "organisation", required = false) Long organisation,
            @RequestParam(name = "status", required = false) MeetingStatus status,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "page", required = false) Integer page, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        MeetingFilter filter = new MeetingFilter(organisation, status, from, to);
        boolean badRange = from != null && to != null && from.isAfter(to);
        PageRequest request = PageRequest.of(page, 25);
        PageOf<MeetingSummary> found = badRange ? new PageOf<>(List.of(), 1, request.size(), 0)
                : meetings.search(filter, user, request);
        model.addAttribute("page", found);
        model.addAttribute("filter", filter);
        model.addAttribute("badRange", badRange);
        model.addAttribute("organisations", choices.all());
        model.addAttribute("statuses", Arrays.asList(MeetingStatus.values()));
        model.addAttribute("names", choices.names(found.items().stream().map(MeetingSummary::organiserId)
                .collect(Collectors.toSet())));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/meetings")
                .queryParamIfPresent("organisation", Optional.ofNullable(organisation))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to)).build().toUriString());
        model.addAttribute("canCreate", user.hasRole(Role.RESEARCHER) || user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "dialogue/list";
    }
}
