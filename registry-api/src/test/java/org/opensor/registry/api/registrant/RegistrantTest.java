package org.opensor.registry.api.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.history.FieldChange;
import org.opensor.registry.api.registration.Registration;
import org.opensor.registry.api.registration.RegistrationPolicy;
import org.opensor.registry.api.registration.RegistrationStatus;
import org.opensor.registry.api.registration.RegistrationTier;

/** The aggregate's own rules, without Spring or a database. */
class RegistrantTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aNewRegistrantIsVersionOneEnteredByTheActorAndNotInCustody() {
        Change registered =
                Registrant.register(Identity.named("SOK", "Sokha", Sex.MALE), "clerk", NOW, "Judgment 7/2026");

        Registrant registrant = registered.after();
        assertThat(registrant.version()).isEqualTo(1);
        assertThat(registrant.createdBy()).isEqualTo("clerk");
        assertThat(registrant.convictions()).isEmpty();
        assertThat(registrant.registration())
                .as("no registration before a conviction")
                .isNull();
        assertThat(registered.kind()).isEqualTo(ChangeKind.REGISTERED);
        assertThat(registered.entry().summary()).isEqualTo("Registered SOK Sokha");
        assertThat(registered.entry().version()).isEqualTo(1);
    }

    @Test
    void anIdentityChangeNamesTheFieldsThatChangedAndKeepsTheOldValues() {
        Registrant registrant = Registrant.register(Identity.named("SOK", "Sokha", Sex.MALE), "clerk", NOW, null)
                .after();

        List<Change> changes = registrant.changeIdentity(
                Identity.named("SOK", "Sokhar", Sex.MALE), "clerk", NOW.plusSeconds(60), "typo");

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.after().version()).isEqualTo(2);
            assertThat(change.after().updatedAt()).isEqualTo(NOW.plusSeconds(60));
            assertThat(change.after().createdAt()).isEqualTo(NOW);
            assertThat(change.entry().changes()).extracting(FieldChange::field).containsExactly("givenNames");
            assertThat(change.entry().changes().getFirst().before()).isEqualTo("Sokha");
        });
    }

    @Test
    void theSameIdentityAgainIsNoChangeAtAll() {
        Registrant registrant = Registrant.register(Identity.named("SOK", "Sokha", Sex.MALE), "clerk", NOW, null)
                .after();

        assertThat(registrant.changeIdentity(Identity.named("SOK", "Sokha", Sex.MALE), "clerk", NOW, null))
                .isEmpty();
    }

    @Test
    void aDeregistrationEndsTheRegistrationOnTheDayWithTheReasonAndStopsVerifications() {
        Registrant plain = Registrant.register(Identity.named("SOK", "Sokha", Sex.MALE), "clerk", NOW, null)
                .after();
        Registrant registered = new Registrant(
                plain.id(),
                plain.version(),
                plain.identity(),
                plain.convictions(),
                plain.custody(),
                plain.addresses(),
                RegistrationPolicy.defaults().start(RegistrationTier.TIER_1, LocalDate.parse("2016-12-01")),
                plain.verifications(),
                plain.createdAt(),
                plain.createdBy(),
                plain.updatedAt());

        List<Change> changes = registered.deregister(
                "REGISTRATION_PERIOD_ENDED (review done)", LocalDate.parse("2026-12-06"), "clerk-b", NOW);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.DEREGISTERED);
            assertThat(change.after().version()).isEqualTo(2);
            Registration ended = change.after().registration();
            assertThat(ended.status()).isEqualTo(RegistrationStatus.ENDED);
            assertThat(ended.endsOn())
                    .as("the computed end, which came first")
                    .isEqualTo(LocalDate.parse("2026-11-30"));
            assertThat(ended.nextVerificationDue()).isNull();
            assertThat(ended.policyNote()).contains("De-registered", "REGISTRATION_PERIOD_ENDED");
            assertThat(change.entry().actor()).isEqualTo("clerk-b");
        });
    }
}
