package kg.kozomol.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import kg.kozomol.portal.Slugs;

/** Public addresses end in {@code <id>-<slug>}: the id finds the record, a wrong or missing slug moves permanently. */
final class Canonical {

    private Canonical() {}

    static long id(String key) {
        return Slugs.requireId(key);
    }

    /** Null when the request came by the canonical path, otherwise the 301 redirect to it. */
    static String redirectUnless(String canonicalPath, HttpServletRequest request) {
        if (canonicalPath.equals(request.getRequestURI())) {
            return null;
        }
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
        return "redirect:" + canonicalPath;
    }
}
