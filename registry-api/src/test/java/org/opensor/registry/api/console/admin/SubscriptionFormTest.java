package org.opensor.registry.api.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.notification.adminapi.AlertType;

class SubscriptionFormTest {

    @Test
    void countriesAreSplitOnCommasOrSpacesAndUpperCasedWhileDistrictsKeepTheirSpaces() {
        var fields = new SubscriptionForm(
                        " THA-IMMIGRATION ",
                        " https://example.org/hook ",
                        List.of("TRAVEL_NOTICE"),
                        "tha, khm  lao",
                        "PNH,POIPET, ",
                        "Chamkar Mon, Daun Penh",
                        true)
                .newSubscription();

        assertThat(fields.agency()).isEqualTo("THA-IMMIGRATION");
        assertThat(fields.url()).isEqualTo("https://example.org/hook");
        assertThat(fields.alertTypes()).containsExactly(AlertType.TRAVEL_NOTICE);
        assertThat(fields.countries()).containsExactly("THA", "KHM", "LAO");
        assertThat(fields.borderPosts()).containsExactly("PNH", "POIPET");
        assertThat(fields.districts()).containsExactly("Chamkar Mon", "Daun Penh");
    }

    @Test
    void emptyFiltersMeanEverything() {
        var change = SubscriptionForm.empty().change();

        assertThat(change.alertTypes()).isEmpty();
        assertThat(change.countries()).isEmpty();
        assertThat(change.borderPosts()).isEmpty();
        assertThat(change.districts()).isEmpty();
        assertThat(change.active()).isTrue();
    }

    @Test
    void anAlertTypeTheFormNeverOffersIsRefusedNamingTheField() {
        var form = new SubscriptionForm("A", "https://example.org/hook", List.of("EVERYTHING"), "", "", "", true);

        assertThatThrownBy(form::newSubscription)
                .isInstanceOfSatisfying(
                        WorkerAdminClient.Refused.class,
                        refused -> assertThat(refused.errors()).containsKey("alertTypes"));
    }
}
