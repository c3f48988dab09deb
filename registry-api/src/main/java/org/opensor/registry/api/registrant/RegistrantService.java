package org.opensor.registry.api.registrant;

import java.time.Clock;
import java.util.Optional;
import org.opensor.registry.api.outbox.Outbox;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Court-clerk use cases on registrants. Each change and its event commit together or not at all. */
@Service
public class RegistrantService {

    private final Registrants registrants;
    private final Outbox outbox;
    private final RegistrantEventMapper events;
    private final Clock clock;

    RegistrantService(Registrants registrants, Outbox outbox, RegistrantEventMapper events, Clock clock) {
        this.registrants = registrants;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Registrant register(RegisterPerson command, String actor) {
        Registrant registrant = Registrant.register(command, actor, clock.instant());
        registrants.add(registrant);
        outbox.append(Topics.REGISTRANTS, registrant.id().toString(), RegistrantEventTypes.REGISTERED_V1,
                registrant.updatedAt(), events.toState(registrant));
        return registrant;
    }

    @Transactional(readOnly = true)
    public Optional<Registrant> find(RegistrantId id) {
        return registrants.find(id);
    }
}
