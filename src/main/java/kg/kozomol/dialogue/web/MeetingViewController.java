package kg.kozomol.dialogue.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import kg.kozomol.dialogue.Meeting;
import kg.kozomol.dialogue.MeetingAccess;
import kg.kozomol.dialogue.Meetings;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;

/** A meeting with its agenda, decisions, minutes and the bodies' comments, for everyone at the table. */
@Controller
@PreAuthorize("isAuthenticated()")
class MeetingViewController {

    private final Meetings meetings;
    private final MeetingAccess access;
    private final MeetingPages pages;

    MeetingViewController(Meetings meetings, MeetingAccess access, MeetingPages pages) {
        this.meetings = meetings;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable("id") long id, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        Meeting meeting = access.visible(user, meetings.require(id));
        pages.show(model, meeting, user);
        return "dialogue/view";
    }
}
