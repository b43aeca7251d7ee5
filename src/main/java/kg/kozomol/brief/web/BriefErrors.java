package kg.kozomol.brief.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import kg.kozomol.brief.BriefActionRefusedException;
import kg.kozomol.platform.StaleRecordException;

/**
 * A refusal no handler turned into a message becomes the conflict page, and an unknown export language the
 * bad request page; never a server error.
 */
@ControllerAdvice(basePackageClasses = BriefErrors.class)
class BriefErrors {

    @ExceptionHandler({BriefActionRefusedException.class, StaleRecordException.class})
    ModelAndView conflict() {
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", HttpStatus.CONFLICT.value());
        view.setStatus(HttpStatus.CONFLICT);
        return view;
    }

    /** The bad request page, saying which export languages there are. */
    @ExceptionHandler(BriefExportController.ExportLanguageException.class)
    ModelAndView unknownExportLanguage() {
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", HttpStatus.BAD_REQUEST.value());
        view.addObject("detail", "brief.export.badLanguage");
        view.setStatus(HttpStatus.BAD_REQUEST);
        return view;
    }
}
