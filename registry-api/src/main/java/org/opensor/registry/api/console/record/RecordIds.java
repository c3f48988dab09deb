package org.opensor.registry.api.console.record;

import java.util.UUID;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;

/** A registrant id from a console URL: a mistyped one is "not found", as for the API, never a 500. */
final class RecordIds {

    private RecordIds() {}

    static RegistrantId parse(String id) {
        try {
            return new RegistrantId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFound("No registrant with id " + id + ".");
        }
    }

    static Registrant load(RegistrantService service, String id) {
        RegistrantId registrantId = parse(id);
        return service.find(registrantId).orElseThrow(() -> new NotFound("No registrant with id " + id + "."));
    }
}
