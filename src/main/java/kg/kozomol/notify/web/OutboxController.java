package kg.kozomol.notify.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.notify.Mailer;
import kg.kozomol.notify.Outbox;
import kg.kozomol.platform.PageRequest;

/** The admin's view of outgoing mail; in development it is where invitation and reset links can be read. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

    private final Outbox outbox;
    private final Mailer mailer;

    OutboxController(Outbox outbox, Mailer mailer) {
        this.outbox = outbox;
        this.mailer = mailer;
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(name = "recipient", required = false) String recipient,
            @RequestParam(name = "page", required = false) Integer page, Model model) {
        model.addAttribute("mails", outbox.page(recipient, PageRequest.of(page, 20)));
        model.addAttribute("recipient", recipient == null ? "" : recipient);
        model.addAttribute("capturing", mailer.capturing());
        return "notify/outbox";
    }
}
