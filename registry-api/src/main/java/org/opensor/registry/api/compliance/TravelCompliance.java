package org.opensor.registry.api.compliance;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.opensor.registry.api.deportation.DeportationService;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The travel-compliance job: reconciles what the border saw with what was declared and turns no-shows, overdue
 * returns and overdue verifications into tasks for the owning police unit; an overdue verification also makes the
 * registrant non-compliant. It also closes deportation orders whose exit was seen and alerts those overdue. One instance runs it at a time (a transaction-scoped advisory lock); a task is unique per
 * kind and source, so a second run, or a second instance, opens nothing twice. Only STRONG hits count as crossings: a
 * possible hit may be a namesake, and would hide a no-show.
 */
@Service
public class TravelCompliance {

    /** What one run did, in counts only (no personal data). */
    public record Report(
            boolean ran,
            int noShows,
            int overdueReturns,
            int overdueVerifications,
            int deportationsExecuted,
            int deportationsOverdue,
            int deregistrationReviews) {}

    static final String ACTOR = "travel-compliance-job";
    private static final Logger log = LoggerFactory.getLogger(TravelCompliance.class);

    private final ComplianceTasks tasks;
    private final RegistrantService registrants;
    private final DeportationService deportations;
    private final TravelComplianceSettings settings;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    TravelCompliance(
            ComplianceTasks tasks,
            RegistrantService registrants,
            DeportationService deportations,
            TravelComplianceSettings settings,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.tasks = tasks;
        this.registrants = registrants;
        this.deportations = deportations;
        this.settings = settings;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${registry.compliance.interval:1h}",
            fixedDelayString = "${registry.compliance.interval:1h}")
    void scheduled() {
        Report report = reconcileAsOf(clock.instant());
        log.info(
                "travel compliance: ran={} noShows={} overdueReturns={} overdueVerifications={} deportationsExecuted={} deportationsOverdue={}"
                        + " deregistrationReviews={}",
                report.ran(),
                report.noShows(),
                report.overdueReturns(),
                report.overdueVerifications(),
                report.deportationsExecuted(),
                report.deportationsOverdue(),
                report.deregistrationReviews());
    }

    /** One run as of {@code now} (the scheduler passes the clock's instant; tests pass the day they need). */
    public Report reconcileAsOf(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Report report = transactions.execute(tx -> {
            if (!tasks.tryJobLock()) {
                return new Report(false, 0, 0, 0, 0, 0, 0);
            }
            int noShows = 0;
            for (ComplianceTasks.Trip trip : tasks.noShows(
                    today.minusDays(settings.lookbackDays()), today.minusDays(settings.toleranceDays()))) {
                noShows += open(
                        trip.registrantId(),
                        TaskKind.NO_SHOW,
                        trip.noticeId().toString(),
                        "declared departure on "
                                + trip.departureDate()
                                + (trip.departurePoint() == null ? "" : " via " + trip.departurePoint())
                                + ": no exit seen at the border by "
                                + trip.departureDate().plusDays(settings.toleranceDays()),
                        today,
                        now);
            }
            int overdue = 0;
            for (ComplianceTasks.Trip trip : tasks.overdueReturns(
                    today.minusDays(settings.lookbackDays()), today.minusDays(settings.toleranceDays()))) {
                overdue += open(
                        trip.registrantId(),
                        TaskKind.OVERDUE_RETURN,
                        trip.noticeId().toString(),
                        "declared return on " + trip.returnDate() + ": exit seen, no entry seen by "
                                + trip.returnDate().plusDays(settings.toleranceDays()),
                        today,
                        now);
            }
            int verifications = 0;
            for (UUID registrant : tasks.overdueVerifications(today)) {
                LocalDate due = tasks.verificationDue(registrant).orElseThrow();
                registrants.markVerificationOverdue(new RegistrantId(registrant), today, ACTOR);
                verifications += open(
                        registrant,
                        TaskKind.OVERDUE_VERIFICATION,
                        registrant + ":" + due,
                        "address verification due on " + due + " not recorded; compliance set to NON_COMPLIANT",
                        today,
                        now);
            }
            int reviews = 0;
            for (ComplianceTasks.Trip ending : tasks.registrationsEnding(today.plusDays(settings.reviewDays()))) {
                reviews += open(
                        ending.registrantId(),
                        TaskKind.DEREGISTRATION_REVIEW,
                        ending.registrantId() + ":" + ending.returnDate(),
                        "registration ends on " + ending.returnDate()
                                + " as the policy computed: review, then decide on de-registration"
                                + " with reason and approver",
                        today,
                        now);
            }
            int[] deported = deportations.reconcile(now);
            return new Report(true, noShows, overdue, verifications, deported[0], deported[1], reviews);
        });
        meters.counter("registry.compliance.tasks", "kind", "no_show").increment(report.noShows());
        meters.counter("registry.compliance.tasks", "kind", "overdue_return").increment(report.overdueReturns());
        meters.counter("registry.compliance.tasks", "kind", "overdue_verification")
                .increment(report.overdueVerifications());
        return report;
    }

    private int open(UUID registrant, TaskKind kind, String source, String detail, LocalDate today, Instant now) {
        return tasks.openIfNew(ComplianceTask.open(
                        registrant,
                        kind,
                        source,
                        tasks.owningUnit(registrant, today).orElse(null),
                        detail,
                        today.plusDays(settings.taskDays()),
                        ACTOR,
                        now))
                ? 1
                : 0;
    }
}
