package org.opensor.registry.api.decree;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opensor.registry.api.extradition.ForeignRequestService;
import org.springframework.stereotype.Component;

/** The decree preview's "wanted elsewhere" column: the beneficiaries with an open foreign request or notice. */
@Component
class WantedAmongDecreeBeneficiaries implements OpenForeignRequests {

    private final ForeignRequestService requests;

    WantedAmongDecreeBeneficiaries(ForeignRequestService requests) {
        this.requests = requests;
    }

    @Override
    public Set<UUID> wantedAmong(Collection<UUID> registrants) {
        return registrants.stream()
                .filter(id -> !requests.openFor(id).isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
