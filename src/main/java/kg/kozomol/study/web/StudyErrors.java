package kg.kozomol.study.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.study.StudyRuleException;

/**
 * A refusal no handler turned into a message becomes the conflict page, and a form field no page offers (a row
 * index beyond the plan's limit) the bad-request page; never a server error.
 */
@ControllerAdvice(basePackageClasses = StudyErrors.class)
class StudyErrors {

    @ExceptionHandler({StudyRuleException.class, StaleRecordException.class})
    ModelAndView conflict() {
        return page(HttpStatus.CONFLICT);
    }

    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView badRequest() {
        return page(HttpStatus.BAD_REQUEST);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", status.value());
        view.setStatus(status);
        return view;
    }
}
