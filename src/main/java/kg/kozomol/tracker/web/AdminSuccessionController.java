package kg.kozomol.tracker.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.tracker.Successions;
import kg.kozomol.tracker.TrackerRuleException;

/** Names a reorganised body's successor, which inherits its open recommendations. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminSuccessionController {

    private final Successions successions;
    private final Names names;

    AdminSuccessionController(Successions successions, Names names) {
        this.successions = successions;
        this.names = names;
    }

    @GetMapping("/admin/tracker/successors")
    String form(Model model) {
        model.addAttribute("bodies", names.stateBodies());
        return "tracker/successor-form";
    }

    @PostMapping("/admin/tracker/successors")
    String save(@RequestParam(name = "bodyId", required = false) Long bodyId,
            @RequestParam(name = "successorId", required = false) Long successorId, RedirectAttributes redirect) {
        if (bodyId == null || successorId == null) {
            redirect.addFlashAttribute("problem", "tracker.successor.choose");
            return "redirect:/admin/tracker/successors";
        }
        try {
            int inherited = successions.setSuccessor(bodyId, successorId);
            redirect.addFlashAttribute("flash", "tracker.successor.saved");
            redirect.addFlashAttribute("inherited", inherited);
        } catch (TrackerRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/tracker/successors";
    }
}
