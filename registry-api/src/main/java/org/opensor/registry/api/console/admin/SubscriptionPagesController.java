package org.opensor.registry.api.console.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.security.SecuritySettings;
import org.opensor.registry.notification.adminapi.SubscriptionView;
import org.opensor.registry.notification.adminapi.SubscriptionWithSecret;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agencies and their webhook subscriptions, kept by the notification worker and changed through its
 * administration API ({@link WorkerAdminClient}). An agency is the owner named on its subscriptions, so the
 * list groups subscriptions by agency. A signing secret is shown once, on the page right after it is made.
 */
@Controller
class SubscriptionPagesController {

    private final WorkerAdminClient worker;
    private final SecuritySettings security;
    private final Clock clock;
    private final ConsoleText text;
    private final MessageSource messages;

    SubscriptionPagesController(
            WorkerAdminClient worker,
            SecuritySettings security,
            Clock clock,
            ConsoleText text,
            MessageSource messages) {
        this.worker = worker;
        this.security = security;
        this.clock = clock;
        this.text = text;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("alertTypeChoices", AlertTypes.ALL);
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", security.zone());
    }

    @GetMapping("/console/subscriptions")
    String list(Model model) {
        Map<String, List<SubscriptionView>> byAgency = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        worker.allSubscriptions()
                .forEach(s -> byAgency.computeIfAbsent(s.agency(), a -> new java.util.ArrayList<>())
                        .add(s));
        model.addAttribute("agencies", byAgency);
        return "console/admin/subscriptions";
    }

    @GetMapping("/console/subscriptions/new")
    String newSubscription(@RequestParam(required = false) String agency, Model model) {
        SubscriptionForm form = SubscriptionForm.empty();
        if (agency != null) {
            form = new SubscriptionForm(agency, "", List.of(), "", "", "", true);
        }
        return newForm(model, form, Map.of());
    }

    @PostMapping("/console/subscriptions/new")
    String create(
            @RequestParam(defaultValue = "") String agency,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(required = false) List<String> alertTypes,
            @RequestParam(defaultValue = "") String countries,
            @RequestParam(defaultValue = "") String borderPosts,
            @RequestParam(defaultValue = "") String districts,
            @RequestParam(defaultValue = "true") String active,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        SubscriptionForm form = new SubscriptionForm(
                agency, url, alertTypes, countries, borderPosts, districts, !"false".equals(active));
        try {
            SubscriptionWithSecret created = worker.create(form.newSubscription());
            redirect.addFlashAttribute("secret", created.signingSecret());
            redirect.addFlashAttribute("secretKind", "created");
            return "redirect:/console/subscriptions/" + created.subscription().id();
        } catch (WorkerAdminClient.Refused refused) {
            AccountPagesController.rejected(response);
            return newForm(model, form, inPlainWords(refused.errors(), form, locale));
        }
    }

    @GetMapping("/console/subscriptions/{id}")
    String show(@PathVariable String id, Model model) {
        SubscriptionView subscription = find(id);
        return detail(model, subscription, SubscriptionForm.of(subscription), Map.of());
    }

    @PostMapping("/console/subscriptions/{id}")
    String update(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String version,
            @RequestParam(defaultValue = "") String agency,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(required = false) List<String> alertTypes,
            @RequestParam(defaultValue = "") String countries,
            @RequestParam(defaultValue = "") String borderPosts,
            @RequestParam(defaultValue = "") String districts,
            @RequestParam(defaultValue = "true") String active,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        SubscriptionForm form = new SubscriptionForm(
                agency, url, alertTypes, countries, borderPosts, districts, !"false".equals(active));
        UUID uuid = uuid(id);
        try {
            worker.update(uuid, version(version), form.change());
        } catch (WorkerAdminClient.Refused refused) {
            if (refused.status == HttpStatus.NOT_FOUND.value()) {
                throw notFound(id);
            }
            AccountPagesController.rejected(response);
            // Show what is stored now beside what the administrator typed, so a conflicting change is not lost.
            return detail(model, worker.subscription(uuid), form, inPlainWords(refused.errors(), form, locale));
        }
        redirect.addFlashAttribute("done", text.get("subscription.done.saved"));
        return "redirect:/console/subscriptions/" + uuid;
    }

    @PostMapping("/console/subscriptions/{id}/secret-rotations")
    String rotate(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        UUID uuid = uuid(id);
        try {
            SubscriptionWithSecret rotated = worker.rotateSecret(uuid, version(version));
            redirect.addFlashAttribute("secret", rotated.signingSecret());
            redirect.addFlashAttribute("secretKind", "rotated");
            return "redirect:/console/subscriptions/" + uuid;
        } catch (WorkerAdminClient.Refused refused) {
            if (refused.status == HttpStatus.NOT_FOUND.value()) {
                throw notFound(id);
            }
            AccountPagesController.rejected(response);
            SubscriptionView current = worker.subscription(uuid);
            return detail(model, current, SubscriptionForm.of(current), refused.errors());
        }
    }

    /** Not configured, unreachable or failing: a page that says so, never a stack trace. */
    @ExceptionHandler(WorkerAdminClient.Unavailable.class)
    String unavailable(WorkerAdminClient.Unavailable e, Model model, HttpServletResponse response) {
        return WorkerPages.unavailable(e, model, response, worker);
    }

    /**
     * The worker refuses an {@code http://} address in its own English words; the administrator reads the rule in the
     * console's language instead. Any other refusal is shown as the worker gave it.
     */
    private Map<String, String> inPlainWords(Map<String, String> errors, SubscriptionForm form, Locale locale) {
        if (!errors.containsKey("url") || !form.url().strip().regionMatches(true, 0, "http://", 0, 7)) {
            return errors;
        }
        Map<String, String> reworded = new java.util.LinkedHashMap<>(errors);
        reworded.put("url", messages.getMessage("subscription.url.https", null, locale));
        return reworded;
    }

    private String newForm(Model model, SubscriptionForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "console/admin/subscription-new";
    }

    private String detail(
            Model model, SubscriptionView subscription, SubscriptionForm form, Map<String, String> errors) {
        model.addAttribute("subscription", subscription);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "console/admin/subscription";
    }

    private SubscriptionView find(String id) {
        try {
            return worker.subscription(uuid(id));
        } catch (WorkerAdminClient.Refused refused) {
            if (refused.status == HttpStatus.NOT_FOUND.value()) {
                throw notFound(id);
            }
            throw refused;
        }
    }

    /** The version the page was showing; a mangled one is sent as no version, which the worker refuses as stale. */
    private static long version(String version) {
        try {
            return Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static NotFound notFound(String id) {
        return new NotFound("There is no webhook subscription " + id + ".");
    }
}
