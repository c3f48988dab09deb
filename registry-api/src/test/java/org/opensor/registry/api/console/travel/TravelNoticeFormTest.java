package org.opensor.registry.api.console.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.travel.web.TravelNoticeRequest;

class TravelNoticeFormTest {

    @Test
    void emptyDestinationRowsAreLeftOutSoTheApiNumbersTheRowsTheOfficerSees() {
        TravelNoticeForm form = TravelNoticeForm.empty();
        form.setLegs(new ArrayList<>(List.of(
                new TravelNoticeForm.LegForm(),
                new TravelNoticeForm.LegForm("THA", "BKK", null, null),
                new TravelNoticeForm.LegForm())));

        form.compactLegs();

        assertThat(form.getLegs()).hasSize(1);
        assertThat(form.getLegs().getFirst().getCountry()).isEqualTo("THA");
        form.padLegs(1);
        assertThat(form.getLegs()).hasSize(TravelNoticeForm.MIN_LEG_ROWS);
    }

    @Test
    void aDateThatIsNotADateIsReportedInTheApiWordsAndTheTripPurposeIsTheApiPurpose() {
        TravelNoticeForm form = TravelNoticeForm.empty();
        form.setDepartureDate("2026-02-30");
        form.setReturnDate("2026-03-10");
        form.setTravelPurpose("Visiting family");
        form.setDocumentType("PASSPORT");
        form.compactLegs();
        Map<String, String> errors = new LinkedHashMap<>();

        TravelNoticeRequest request = form.toRequest(errors);

        assertThat(errors).containsEntry("departureDate", "departureDate is not a date in the calendar (YYYY-MM-DD).");
        assertThat(request.returnDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(request.purpose()).isEqualTo("Visiting family");
    }

    @Test
    void anUnknownDocumentTypeIsReportedBesideItsField() {
        TravelNoticeForm form = TravelNoticeForm.empty();
        form.setDocumentType("LIBRARY_CARD");
        Map<String, String> errors = new LinkedHashMap<>();

        form.toRequest(errors);

        assertThat(errors).containsKey("documentType");
    }
}
