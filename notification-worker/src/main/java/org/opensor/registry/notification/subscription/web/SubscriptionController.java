package org.opensor.registry.notification.subscription.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.opensor.registry.notification.adminapi.NewSubscription;
import org.opensor.registry.notification.adminapi.SubscriptionChange;
import org.opensor.registry.notification.adminapi.SubscriptionPage;
import org.opensor.registry.notification.adminapi.SubscriptionView;
import org.opensor.registry.notification.adminapi.SubscriptionWithSecret;
import org.opensor.registry.notification.subscription.Subscription;
import org.opensor.registry.notification.subscription.SubscriptionFilter;
import org.opensor.registry.notification.subscription.SubscriptionNotFound;
import org.opensor.registry.notification.subscription.Subscriptions;
import org.opensor.registry.notification.web.ProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions, for the registry administrator. The signing secret is returned by creation and rotation
 * only. Updates and rotations need {@code If-Match} with the ETag of the version they change.
 */
@RestController
@Validated
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

    /** The rule a plaintext receiver breaks, as the problem's field error says it. */
    static final String HTTPS_RULE = "url must use https: alerts carry personal data and are sent encrypted only";

    private final Subscriptions subscriptions;

    SubscriptionController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    ResponseEntity<SubscriptionWithSecret> create(@Valid @RequestBody NewSubscription request) {
        requireSecrets();
        Subscriptions.WithSecret created = subscriptions.create(
                request.agency(),
                request.unit(),
                webhookUrl(request.url()),
                new SubscriptionFilter(
                        request.alertTypes(), request.countries(), request.borderPosts(), request.districts()));
        Subscription s = created.subscription();
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + s.id()))
                .eTag(etag(s))
                .body(new SubscriptionWithSecret(SubscriptionViews.of(s), created.signingSecret()));
    }

    @GetMapping
    SubscriptionPage list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return new SubscriptionPage(
                subscriptions.page(page, size).stream()
                        .map(SubscriptionViews::of)
                        .toList(),
                page,
                size,
                subscriptions.count());
    }

    @GetMapping("/{id}")
    ResponseEntity<SubscriptionView> get(@PathVariable UUID id) {
        Subscription s = subscriptions.find(id).orElseThrow(() -> new SubscriptionNotFound(id));
        return ResponseEntity.ok().eTag(etag(s)).body(SubscriptionViews.of(s));
    }

    @PutMapping("/{id}")
    ResponseEntity<SubscriptionView> update(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SubscriptionChange request) {
        Subscription s = subscriptions.update(
                id,
                version(ifMatch),
                webhookUrl(request.url()),
                new SubscriptionFilter(
                        request.alertTypes(), request.countries(), request.borderPosts(), request.districts()),
                request.active());
        return ResponseEntity.ok().eTag(etag(s)).body(SubscriptionViews.of(s));
    }

    /** A new signing secret; the previous one keeps signing (both signatures are sent) until it expires. */
    @PostMapping("/{id}/secret-rotations")
    ResponseEntity<SubscriptionWithSecret> rotate(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        requireSecrets();
        Subscriptions.WithSecret rotated = subscriptions.rotateSecret(id, version(ifMatch));
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(etag(rotated.subscription()))
                .body(new SubscriptionWithSecret(
                        SubscriptionViews.of(rotated.subscription()), rotated.signingSecret()));
    }

    private void requireSecrets() {
        if (!subscriptions.canHoldSecrets()) {
            throw new ProblemHandler.NotConfigured(
                    "No secret encryption key is configured (NOTIFICATION_SECRET_KEY): subscriptions cannot be signed for.");
        }
    }

    /**
     * The receiver's address: an absolute https URL, since an alert carries a registrant's identity and a plaintext POST
     * would hand it to anyone on the path (the signature proves the sender, it hides nothing).
     */
    private static URI webhookUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.isAbsolute() && "http".equalsIgnoreCase(uri.getScheme())) {
                throw new ProblemHandler.InvalidRequest("url", HTTPS_RULE);
            }
            if (!uri.isAbsolute() || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new ProblemHandler.InvalidRequest("url", "url must be an absolute https URL");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new ProblemHandler.InvalidRequest("url", "url is not a valid URL");
        }
    }

    private static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemHandler.InvalidRequest("If-Match", "If-Match with the subscription's ETag is required");
        }
        try {
            return Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ProblemHandler.InvalidRequest("If-Match", "If-Match must be an ETag this API returned");
        }
    }

    private static String etag(Subscription s) {
        return "\"" + s.version() + "\"";
    }
}
