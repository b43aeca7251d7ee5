package kg.kozomol.dialogue.web;

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

    /** A form that cannot even be opened (e.g. on a cancelled meeting) sends the user back to the meeting with the reason. */
    static String backToMeeting(long meetingId, DialogueRuleException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", e.messageKey());
        return "redirect:/meetings/" + meetingId;
    }
}
