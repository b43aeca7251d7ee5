package kg.kozomol.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import kg.kozomol.platform.NotFoundException;

/** Turns typed failures into the localised error page with the right status; never a stack trace. */
// Ahead of the problem+json handler: browsers get pages; APIs add their own, narrower advice.
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 100)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class,
            org.springframework.web.servlet.NoHandlerFoundException.class})
    ModelAndView notFound(Exception e, HttpServletResponse response) {
        log.debug("Not found: {}", e.getMessage());
        return page(HttpStatus.NOT_FOUND, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        log.debug("Bad request: {}", e.getMessage());
        return page(HttpStatus.BAD_REQUEST, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(Exception e, HttpServletResponse response) {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, response);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView brokenUpload(Exception e, HttpServletResponse response) {
        log.info("Rejected a malformed upload: {}", e.getMessage());
        return page(HttpStatus.BAD_REQUEST, response);
    }

    static ModelAndView page(HttpStatus status, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", status.value());
        view.setStatus(status);
        return view;
    }
}
