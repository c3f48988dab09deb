package org.opensor.registry.api.console;

import org.opensor.registry.api.rules.NotFound;
import org.opensor.registry.api.security.TooManySearches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Errors on console pages are pages too, with a title, what happened in plain words and a way back; never a
 * stack trace and never JSON. Ordered before the API's problem+json handlers, which serve the API's controllers.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.FORBIDDEN, "You cannot open this page",
                "Your role does not give access to this page or record. If you need it for a case, ask the registry administrator.");
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(TooManySearches.class)
    String tooManySearches(TooManySearches e, HttpServletResponse response, Model model) {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        return page(response, model, HttpStatus.TOO_MANY_REQUESTS, "Too many searches",
                "You have run more searches than the limit allows. Try again in " + e.retryAfterSeconds() + " seconds.");
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception e, HttpServletResponse response, Model model) {
        log.error("Console page failed", e);
        return page(response, model, HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, something went wrong",
                "The registry could not complete this page. If you were saving something, look at the record before trying again, and tell the registry administrator the time it happened.");
    }

    static String page(HttpServletResponse response, Model model, HttpStatus status, String title, String message) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "console/error";
    }
}
