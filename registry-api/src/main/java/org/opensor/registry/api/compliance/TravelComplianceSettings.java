package org.opensor.registry.api.compliance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The travel-compliance loop ({@code registry.compliance.*}).
 *
 * @param toleranceDays days after a declared departure or return before a missing crossing becomes a task (default 2:
 *                      a flight the next day, a land crossing logged late)
 * @param taskDays      days the police have to act on a task (default 7)
 * @param interval      how often the job runs (default 1 hour)
 * @param lookbackDays  trips that departed or were due back longer ago than this are left alone (default 30): the
 *                      first run after an upgrade must not turn years of notices without crossings into tasks
 * @param reviewDays    days before a registration's computed end that its de-registration review task opens (default 30)
 */
@ConfigurationProperties("registry.compliance")
public record TravelComplianceSettings(
        @DefaultValue("2") int toleranceDays,
        @DefaultValue("7") int taskDays,
        @DefaultValue("1h") Duration interval,
        @DefaultValue("30") int lookbackDays,
        @DefaultValue("30") int reviewDays) {}
