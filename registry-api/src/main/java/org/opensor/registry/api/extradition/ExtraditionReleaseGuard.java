package org.opensor.registry.api.extradition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantTopicKeys;
import org.opensor.registry.events.registrant.ReleaseGuardRaisedV1;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The release guard: for a person with an open foreign request, writes {@link ReleaseGuardRaisedV1} on the registrant
 * topic, keyed by the person, before the release itself is written, so the worker's guard alert ("wanted by X; release
 * scheduled on Y") reaches police and prosecutor before the release alert.
 */
@Service
class ExtraditionReleaseGuard implements ReleaseGuard {

    private final ForeignRequests requests;
    private final Outbox outbox;
    private final ExtraditionSettings settings;
    private final Clock clock;

    ExtraditionReleaseGuard(ForeignRequests requests, Outbox outbox, ExtraditionSettings settings, Clock clock) {
        this.requests = requests;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void beforeRelease(
            UUID subjectId, UUID registrantId, Release release, LocalDate takesEffectOn, String actor) {
        List<ForeignRequest> open = requests.openFor(subjectId);
        if (open.isEmpty()) {
            return;
        }
        outbox.append(
                Topics.REGISTRANTS,
                RegistrantTopicKeys.releaseGuard(subjectId),
                RegistrantEventTypes.RELEASE_GUARD_RAISED_V1,
                clock.instant(),
                new ReleaseGuardRaisedV1(
                        UUID.randomUUID(),
                        subjectId,
                        registrantId,
                        release.name(),
                        takesEffectOn,
                        open.stream()
                                .map(r -> new ReleaseGuardRaisedV1.Request(
                                        r.id(), r.requestingState(), r.offence(), r.reference(), r.interpolNotice()))
                                .toList(),
                        settings.prosecutorOffice(),
                        actor,
                        clock.instant()));
    }
}
