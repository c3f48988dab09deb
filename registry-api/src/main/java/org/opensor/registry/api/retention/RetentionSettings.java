package org.opensor.registry.api.retention;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention ({@code registry.retention.*}): how long records outlive their purpose before the retention job removes them.
 *
 * @param sealedCharges          a sealed (acquitted) charge, counted from its sealing (default 5 years: kept for the
 *                               auditor and a reopened case, then removed)
 * @param endedCharges           a convicted or dismissed charge, counted from its outcome (default 10 years)
 * @param closedForeignRequests  a closed foreign request, counted from its closure (default 10 years)
 * @param borderCrossings        a border crossing kept for reconciliation, counted from when it was seen (default 2 years)
 * @param closedComplianceTasks  a closed compliance task, counted from its closure (default 5 years)
 * @param deregisteredRegistrants a de-registered registrant's personal data, counted from the approval of the
 *                               de-registration (default 5 years); then erased here and, through
 *                               {@code personal-data-erased.v1}, in the notification worker; the ids, dates and decision
 *                               stay for the auditor
 * @param auditTrail             an audit entry, counted from when it was written (default 10 years); removed only up to
 *                               a signed checkpoint, which verification then starts from
 * @param interval               how often the job runs (default 1 day)
 */
@ConfigurationProperties("registry.retention")
public record RetentionSettings(
        @DefaultValue("P5Y") Period sealedCharges,
        @DefaultValue("P10Y") Period endedCharges,
        @DefaultValue("P10Y") Period closedForeignRequests,
        @DefaultValue("P2Y") Period borderCrossings,
        @DefaultValue("P5Y") Period closedComplianceTasks,
        @DefaultValue("P5Y") Period deregisteredRegistrants,
        @DefaultValue("P10Y") Period auditTrail,
        @DefaultValue("1d") Duration interval) {}
