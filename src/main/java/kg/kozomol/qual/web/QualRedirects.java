package kg.kozomol.qual.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.qual.QualRefusedException;

/** Runs an action of a form and goes back to its page with the success message or the localised refusal. */
final class QualRedirects {

    private QualRedirects() {}

    static String run(RedirectAttributes redirect, String page, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", success);
        } catch (QualRefusedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("refused", "qual.stale");
        }
        return "redirect:" + page;
    }
}
