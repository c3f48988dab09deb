package org.opensor.registry.api.console.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The page shown when the notification worker's pages cannot do their work. */
final class WorkerPages {

    private static final Logger log = LoggerFactory.getLogger(WorkerPages.class);

    private WorkerPages() {}

    static String unavailable(
            WorkerAdminClient.Unavailable e, Model model, HttpServletResponse response, WorkerAdminClient worker) {
        if (worker.configured()) {
            log.warn("Notification worker unavailable: {}", e.getMessage(), e.getCause());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
        model.addAttribute("problem", e.problem);
        return "console/admin/worker-unavailable";
    }
}
