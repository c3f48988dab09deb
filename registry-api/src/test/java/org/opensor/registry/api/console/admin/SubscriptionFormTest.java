package org.opensor.registry.api.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionFormTest {

    @Test
    void countriesAreSplitOnCommasOrSpacesAndUpperCasedWhileDistrictsKeepTheirSpaces() {
        var fields = new SubscriptionForm(" THA-IMMIGRATION ", " https://example.org/hook ", List.of("TRAVEL_NOTICE"),
                "tha, khm  lao", "PNH,POIPET, ", "Chamkar Mon, Daun Penh", true).fields();

        assertThat(fields.agency()).isEqualTo("THA-IMMIGRATION");
        assertThat(fields.url()).isEqualTo("https://example.org/hook");
        assertThat(fields.countries()).containsExactly("THA", "KHM", "LAO");
        assertThat(fields.borderPosts()).containsExactly("PNH", "POIPET");
        assertThat(fields.districts()).containsExactly("Chamkar Mon", "Daun Penh");
    }

    @Test
    void emptyFiltersMeanEverything() {
        var fields = SubscriptionForm.empty().fields();

        assertThat(fields.alertTypes()).isEmpty();
        assertThat(fields.countries()).isEmpty();
        assertThat(fields.borderPosts()).isEmpty();
        assertThat(fields.districts()).isEmpty();
    }
}
