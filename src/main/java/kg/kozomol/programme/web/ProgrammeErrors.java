package kg.kozomol.programme.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.programme.ProgrammeRuleException;

/** A refusal no handler turned into a message becomes the conflict page, never a server error. */
@ControllerAdvice(basePackageClasses = ProgrammeErrors.class)
class ProgrammeErrors {

    @ExceptionHandler({ProgrammeRuleException.class, StaleRecordException.class})
    ModelAndView conflict() {
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", HttpStatus.CONFLICT.value());
        view.setStatus(HttpStatus.CONFLICT);
        return view;
    }
}
