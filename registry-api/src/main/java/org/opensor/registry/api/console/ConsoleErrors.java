package org.opensor.registry.api.console;

import jakarta.servlet.http.HttpServletResponse;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.security.TooManySearches;
import org.opensor.registry.api.web.ClientGone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

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
        return page(response, model, HttpStatus.FORBIDDEN, text("error.forbidden.title"), text("error.forbidden"));
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.NOT_FOUND, text("error.notFound.title"), text("error.notFound"));
    }

    @ExceptionHandler(TooManySearches.class)
    String tooManySearches(TooManySearches e, HttpServletResponse response, Model model) {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        return page(
                response,
                model,
                HttpStatus.TOO_MANY_REQUESTS,
                text("error.tooManySearches.title"),
                ConsoleText.first(
                        "Try again in " + e.retryAfterSeconds() + " seconds.",
                        new Object[] {e.retryAfterSeconds()},
                        "error.tooManySearches"));
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception e, HttpServletResponse response, Model model) {
        if (ClientGone.is(e)) {
            // a browser that closed the alert desk while its stream was written: nobody is left to show a page to
            log.debug(
                    "The browser went away before the page was written ({})",
                    e.getClass().getSimpleName());
            return null;
        }
        log.error("Console page failed", e);
        return page(
                response, model, HttpStatus.INTERNAL_SERVER_ERROR, text("error.failed.title"), text("error.failed"));
    }

    /** Words from the bundles in the reader's language (every key used here is in both, MessageBundlesTest). */
    private static String text(String key) {
        return ConsoleText.first(key, null, key);
    }

    static String page(HttpServletResponse response, Model model, HttpStatus status, String title, String message) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "console/error";
    }
}
