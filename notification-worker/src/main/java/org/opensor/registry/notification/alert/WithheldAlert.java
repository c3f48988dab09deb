package org.opensor.registry.notification.alert;

import java.util.List;

/**
 * An alert on a restricted record as told to someone outside its units: what it is about and whom to call, nothing
 * that identifies the person (no name, nationality, documents, reason or rationale; of the recipients only border posts).
 */
final class WithheldAlert {

    static final String TYPE_SUFFIX = ".withheld";

    private WithheldAlert() {}

    static WebhookBody.Data of(WebhookBody.Data full, List<String> units) {
        List<String> borderPosts = full.recipients().stream()
                .filter(r -> r.startsWith("border-post:"))
                .toList();
        String instruction = "Restricted record: contact unit " + String.join(" or ", units)
                + " at once; the details of this alert are available to that unit only.";
        return new WebhookBody.Data(
                full.alertId(),
                null,
                full.severity(),
                null,
                borderPosts,
                null,
                null,
                full.acknowledgeBy(),
                full.issuedAt(),
                full.escalatedAt(),
                new WebhookBody.Withheld(List.copyOf(units), instruction));
    }
}
