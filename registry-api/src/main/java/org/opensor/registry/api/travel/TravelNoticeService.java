package org.opensor.registry.api.travel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.opensor.registry.api.history.FieldChange;
import org.opensor.registry.api.history.History;
import org.opensor.registry.api.history.HistoryEntry;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.refusal.Texts;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.Registrants;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.events.travel.TravelNoticeCancelledV1;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares, amends and cancels travel notices. Each write locks the registrant (so one person's notices reach
 * {@code registry.travel.v1} in the order they were made), stores the notice, appends a history entry to the
 * registrant and an event to the outbox, in one transaction.
 */
@Service
public class TravelNoticeService {

    private final Registrants registrants;
    private final TravelNotices notices;
    private final History history;
    private final Outbox outbox;
    private final TravelSettings settings;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    TravelNoticeService(
            Registrants registrants,
            TravelNotices notices,
            History history,
            Outbox outbox,
            TravelSettings settings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.registrants = registrants;
        this.notices = notices;
        this.history = history;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public TravelNotice declare(RegistrantId registrantId, TravelPlan plan, String reason, String actor) {
        Registrant registrant = lock(registrantId);
        LocalDate today = today();
        TravelNoticeRules.check(plan, today);
        Instant now = clock.instant();
        TravelNotice notice = TravelNotice.declare(
                registrantId.value(),
                plan,
                TravelNoticeRules.late(today, plan.departureDate(), settings.noticePeriod()),
                actor,
                now);
        notices.add(notice);
        history.append(new HistoryEntry(
                registrantId.value(),
                registrant.version(),
                now,
                actor,
                "TRAVEL_NOTICE_DECLARED",
                Texts.blankToNull(reason),
                summary("Travel notice declared", notice),
                changes(null, notice)));
        outbox.append(
                Topics.TRAVEL, registrantId.toString(), TravelEventTypes.NOTICE_DECLARED_V1, now, declared(notice));
        return notice;
    }

    @Transactional
    /** @param expectedVersion the version the change is based on; null for {@code If-Match: *} (the current one) */
    public TravelNotice amend(
            RegistrantId registrantId,
            UUID noticeId,
            Long expectedVersion,
            TravelPlan plan,
            String reason,
            String actor) {
        Registrant registrant = lock(registrantId);
        TravelNotice before = notice(registrantId, noticeId);
        if (expectedVersion != null && before.version() != expectedVersion) {
            throw new StaleVersion(expectedVersion, before.version());
        }
        LocalDate today = today();
        TravelNoticeRules.check(plan, today);
        // Late if the first declaration was late for the new departure, or if the departure moved inside the period
        // now.
        boolean late = TravelNoticeRules.late(before.declaredOn(), plan.departureDate(), settings.noticePeriod())
                || (!plan.departureDate().equals(before.plan().departureDate())
                        && TravelNoticeRules.late(today, plan.departureDate(), settings.noticePeriod()));
        Instant now = clock.instant();
        TravelNotice after = before.amend(plan, late, actor, now);
        notices.update(after);
        history.append(new HistoryEntry(
                registrantId.value(),
                registrant.version(),
                now,
                actor,
                "TRAVEL_NOTICE_AMENDED",
                Texts.blankToNull(reason),
                summary("Travel notice amended", after),
                changes(before, after)));
        outbox.append(Topics.TRAVEL, registrantId.toString(), TravelEventTypes.NOTICE_AMENDED_V1, now, declared(after));
        return after;
    }

    @Transactional
    public TravelNotice cancel(
            RegistrantId registrantId, UUID noticeId, Long expectedVersion, String reason, String actor) {
        Registrant registrant = lock(registrantId);
        TravelNotice before = notice(registrantId, noticeId);
        if (expectedVersion != null && before.version() != expectedVersion) {
            throw new StaleVersion(expectedVersion, before.version());
        }
        Instant now = clock.instant();
        TravelNotice after = before.cancel(reason.strip(), actor, now);
        notices.update(after);
        history.append(new HistoryEntry(
                registrantId.value(),
                registrant.version(),
                now,
                actor,
                "TRAVEL_NOTICE_CANCELLED",
                reason.strip(),
                "Travel notice " + noticeId + " cancelled",
                List.of(new FieldChange(
                        "travelNotice[" + noticeId + "].state",
                        before.state().name(),
                        after.state().name()))));
        outbox.append(
                Topics.TRAVEL,
                registrantId.toString(),
                TravelEventTypes.NOTICE_CANCELLED_V1,
                now,
                new TravelNoticeCancelledV1(noticeId, registrantId.value(), reason.strip(), now));
        events.publishEvent(new TravelNoticeCancelled(noticeId, registrantId.value(), actor, reason.strip()));
        return after;
    }

    /** @throws NotFound when the registrant has no such notice */
    @Transactional(readOnly = true)
    public TravelNotice find(RegistrantId registrantId, UUID noticeId) {
        return notice(registrantId, noticeId);
    }

    /** @throws NotFound when there is no such registrant */
    @Transactional(readOnly = true)
    public TravelNoticePage list(RegistrantId registrantId, int page, int size) {
        registrants.find(registrantId).orElseThrow(() -> noRegistrant(registrantId));
        return new TravelNoticePage(
                notices.of(registrantId.value(), page, size), page, size, notices.count(registrantId.value()));
    }

    private Registrant lock(RegistrantId id) {
        return registrants.findForUpdate(id).orElseThrow(() -> noRegistrant(id));
    }

    private TravelNotice notice(RegistrantId registrantId, UUID noticeId) {
        return notices.find(registrantId.value(), noticeId)
                .orElseThrow(
                        () -> new NotFound("No travel notice " + noticeId + " for registrant " + registrantId + "."));
    }

    private static NotFound noRegistrant(RegistrantId id) {
        return new NotFound("No registrant with id " + id + ".");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static TravelNoticeDeclaredV1 declared(TravelNotice notice) {
        TravelPlan plan = notice.plan();
        return new TravelNoticeDeclaredV1(
                notice.id(),
                notice.registrantId(),
                plan.departureDate(),
                plan.returnDate(),
                plan.departurePoint(),
                plan.legs().stream()
                        .map(l -> new TravelNoticeDeclaredV1.Leg(
                                l.country().code(), l.pointOfArrival(), l.carrier(), l.arrivalDate()))
                        .toList(),
                plan.purpose(),
                plan.documentType().name(),
                plan.documentNumber(),
                plan.addressAbroad(),
                notice.late(),
                notice.updatedAt());
    }

    private static String summary(String what, TravelNotice notice) {
        return what + " (" + notice.id() + "): departure " + notice.plan().departureDate()
                + (notice.plan().returnDate() == null
                        ? ", one way"
                        : ", return " + notice.plan().returnDate())
                + ", to "
                + String.join(
                        ", ",
                        notice.plan().legs().stream()
                                .map(l -> l.country().code())
                                .toList())
                + (notice.late() ? ", late" : "");
    }

    private static List<FieldChange> changes(TravelNotice before, TravelNotice after) {
        String prefix = "travelNotice[" + after.id() + "].";
        List<FieldChange> changes = new ArrayList<>();
        add(changes, prefix + "departureDate", before, after, n -> n.plan().departureDate());
        add(changes, prefix + "returnDate", before, after, n -> n.plan().returnDate());
        add(changes, prefix + "departurePoint", before, after, n -> n.plan().departurePoint());
        add(
                changes,
                prefix + "legs",
                before,
                after,
                n -> n.plan().legs().stream()
                        .map(l -> l.country().code() + " " + l.pointOfArrival())
                        .toList());
        add(changes, prefix + "purpose", before, after, n -> n.plan().purpose());
        add(
                changes,
                prefix + "document",
                before,
                after,
                n -> n.plan().documentType() + " " + n.plan().documentNumber());
        add(changes, prefix + "addressAbroad", before, after, n -> n.plan().addressAbroad());
        add(changes, prefix + "late", before, after, TravelNotice::late);
        return changes;
    }

    private static void add(
            List<FieldChange> changes,
            String field,
            TravelNotice before,
            TravelNotice after,
            Function<TravelNotice, Object> value) {
        Object old = before == null ? null : value.apply(before);
        Object now = value.apply(after);
        if (!Objects.equals(old, now)) {
            changes.add(
                    new FieldChange(field, old == null ? null : old.toString(), now == null ? null : now.toString()));
        }
    }
}
