package org.opensor.registry.api.screening;

import java.util.List;
import org.opensor.registry.api.refusal.RuleViolation;

/** A manifest without an interchange header (sender and control reference): nothing in it can be trusted. */
public class UnreadableManifest extends RuleViolation {

    public UnreadableManifest(List<String> problems) {
        super(
                "body",
                "paxlst",
                "The manifest has no readable UNB interchange header (sender and control reference)"
                        + (problems.isEmpty()
                                ? "."
                                : ": " + String.join("; ", problems.subList(0, Math.min(5, problems.size())))));
    }
}
