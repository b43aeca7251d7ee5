package kg.kozomol.portal.opendata;

import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import kg.kozomol.platform.NotFoundException;

/** API failures as RFC 9457 problem+json with a localised title and detail; ahead of the platform's error pages. */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "portal.data.api.notFound", "not-found");
    }

    @ExceptionHandler(ApiBadRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ResponseEntity<ProblemDetail> badRequest(ApiBadRequest e) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.BAD_REQUEST, "portal.data.api.badRequest", "bad-request",
                String.join(", ", e.parameters()));
        answer.getBody().setProperty("parameters", e.parameters());
        return answer;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "portal.data.api.badRequest", "bad-request", e.getName());
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, String type, Object... arguments) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, arguments, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setType(URI.create("/p/data#problem-" + type));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
