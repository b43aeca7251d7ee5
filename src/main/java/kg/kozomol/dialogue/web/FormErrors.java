package kg.kozomol.dialogue.web;

import java.util.Optional;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.dialogue.DialogueRuleException;

/** Shows a broken rule where the user will read it: on its field, above the form, or on the meeting page. */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult errors, DialogueRuleException e) {
        boolean onField = e.field() != null && errors.getTarget() != null
                && new BeanWrapperImpl(errors.getTarget()).isReadableProperty(e.field());
        if (onField) {
            errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    /**
     * Runs the check a form needs before it opens (e.g. that the meeting is not cancelled); when it fails, the way
     * back to the meeting page, which shows the reason.
     */
    static Optional<String> refused(long meetingId, Runnable check, RedirectAttributes redirect) {
        try {
            check.run();
            return Optional.empty();
        } catch (DialogueRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            return Optional.of("redirect:/meetings/" + meetingId);
        }
    }
}
