package org.opensor.registry.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opensor.registry.notification.adminapi.AlertType;
import org.opensor.registry.notification.rules.Recipient;

class SubscriptionFilterTest {

    private final List<Recipient> tripToBangkok =
            List.of(Recipient.borderPost("KHM", "PNH"), Recipient.borderPost("THA", "BKK"), Recipient.liaison("THA"));

    @Test
    void anEmptyFilterTakesEverything() {
        assertThat(new SubscriptionFilter(null, null, null, null).matches(AlertType.TRAVEL_NOTICE, tripToBangkok))
                .isTrue();
    }

    @Test
    void aCountryTakesItsLiaisonAndBorderPosts() {
        assertThat(filter(Set.of(), Set.of("THA"), Set.of(), Set.of()).matches(AlertType.TRAVEL_NOTICE, tripToBangkok))
                .isTrue();
        assertThat(filter(Set.of(), Set.of("VNM"), Set.of(), Set.of()).matches(AlertType.TRAVEL_NOTICE, tripToBangkok))
                .isFalse();
    }

    @Test
    void aBorderPostTakesOnlyAlertsAddressedToIt() {
        assertThat(filter(Set.of(), Set.of(), Set.of("PNH"), Set.of()).matches(AlertType.TRAVEL_NOTICE, tripToBangkok))
                .isTrue();
        assertThat(filter(Set.of(), Set.of(), Set.of("POIPET"), Set.of())
                        .matches(AlertType.TRAVEL_NOTICE, tripToBangkok))
                .isFalse();
        assertThat(filter(Set.of(), Set.of("THA"), Set.of("PNH"), Set.of())
                        .matches(AlertType.TRAVEL_NOTICE, tripToBangkok))
                .as("country and post must hold for the same recipient")
                .isFalse();
    }

    @Test
    void anAlertForEveryBorderPostOfACountryReachesEachOfItsPostsAndNoOtherCountrys() {
        List<Recipient> everyPost = List.of(Recipient.borderPost("KHM", Recipient.EVERY_POST));

        assertThat(filter(Set.of(), Set.of(), Set.of("POIPET"), Set.of()).matches(AlertType.CUSTODY_RELEASE, everyPost))
                .isTrue();
        assertThat(filter(Set.of(), Set.of("KHM"), Set.of("PNH"), Set.of())
                        .matches(AlertType.CUSTODY_RELEASE, everyPost))
                .isTrue();
        assertThat(filter(Set.of(), Set.of("THA"), Set.of("BKK"), Set.of())
                        .matches(AlertType.CUSTODY_RELEASE, everyPost))
                .isFalse();
    }

    @Test
    void alertTypesAndDistrictsNarrowIt() {
        List<Recipient> release = List.of(Recipient.districtPolice("KHM", "Chamkar Mon"));

        assertThat(filter(Set.of(AlertType.UNDECLARED_TRAVEL), Set.of(), Set.of(), Set.of())
                        .matches(AlertType.TRAVEL_NOTICE, tripToBangkok))
                .isFalse();
        assertThat(filter(Set.of(), Set.of("KHM"), Set.of(), Set.of("Chamkar Mon"))
                        .matches(AlertType.CUSTODY_RELEASE, release))
                .isTrue();
        assertThat(filter(Set.of(), Set.of("KHM"), Set.of(), Set.of("Daun Penh"))
                        .matches(AlertType.CUSTODY_RELEASE, release))
                .isFalse();
    }

    private static SubscriptionFilter filter(
            Set<AlertType> types, Set<String> countries, Set<String> posts, Set<String> districts) {
        return new SubscriptionFilter(types, countries, posts, districts);
    }
}
