package org.opensor.registry.api.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.registrant.CustodyStatusV1;

/** The registrant event carries the domain's custody status by name: each must be a value of the v1 contract. */
class CustodyStatusContractTest {

    @Test
    void everyCustodyStatusIsOneTheEventContractKnows() {
        assertThat(Arrays.stream(CustodyStatus.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(CustodyStatusV1.values()).map(Enum::name).toList());
    }
}
