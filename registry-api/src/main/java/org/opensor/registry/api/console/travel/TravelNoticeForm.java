package org.opensor.registry.api.console.travel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensor.registry.api.registrant.DocumentType;
import org.opensor.registry.api.travel.TravelLeg;
import org.opensor.registry.api.travel.TravelNotice;
import org.opensor.registry.api.travel.TravelPlan;
import org.opensor.registry.api.travel.web.TravelNoticeRequest;

/**
 * The declare and amend forms as typed: text only, so whatever the officer typed comes back with the errors. Field
 * names are the API's ({@link TravelNoticeRequest}) except the trip's purpose, which is {@code travelPurpose}
 * here: in the console {@code purpose} is the purpose of access, and a trip's purpose must never be taken for one.
 */
public class TravelNoticeForm {

    /** Destinations offered at once: most trips have one or two, and an empty row costs nothing. */
    static final int MIN_LEG_ROWS = 3;

    private String departureDate;
    private String returnDate;
    private String departurePoint;
    private List<LegForm> legs = new ArrayList<>();
    private String travelPurpose;
    private String documentType;
    private String documentNumber;
    private String addressAbroad;
    private String reason;
    private Long version;

    static TravelNoticeForm empty() {
        TravelNoticeForm form = new TravelNoticeForm();
        form.padLegs(0);
        return form;
    }

    static TravelNoticeForm of(TravelNotice notice) {
        TravelPlan plan = notice.plan();
        TravelNoticeForm form = new TravelNoticeForm();
        form.departureDate = text(plan.departureDate());
        form.returnDate = text(plan.returnDate());
        form.departurePoint = plan.departurePoint();
        for (TravelLeg leg : plan.legs()) {
            form.legs.add(
                    new LegForm(leg.country().code(), leg.pointOfArrival(), leg.carrier(), text(leg.arrivalDate())));
        }
        form.travelPurpose = plan.purpose();
        form.documentType = plan.documentType().name();
        form.documentNumber = plan.documentNumber();
        form.addressAbroad = plan.addressAbroad();
        form.version = notice.version();
        form.padLegs(0);
        return form;
    }

    /** Drops empty destination rows, so the rows the API numbers are the rows the officer sees. */
    void compactLegs() {
        legs = new ArrayList<>(
                legs.stream().filter(leg -> leg != null && !leg.isBlank()).toList());
    }

    /** At least {@link #MIN_LEG_ROWS} rows and {@code spare} empty ones after the filled rows. */
    void padLegs(int spare) {
        compactLegs();
        int rows = Math.max(MIN_LEG_ROWS, legs.size() + spare);
        while (legs.size() < rows) {
            legs.add(new LegForm());
        }
    }

    /**
     * The API's request; a date that is not a date, or a document type the API does not know, is reported in
     * {@code errors} in the API's words (the request then carries null there, which Bean Validation reports no further).
     */
    TravelNoticeRequest toRequest(Map<String, String> errors) {
        List<TravelNoticeRequest.LegRequest> legRequests = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            LegForm leg = legs.get(i);
            legRequests.add(new TravelNoticeRequest.LegRequest(
                    leg.getCountry(),
                    leg.getPointOfArrival(),
                    blankToNull(leg.getCarrier()),
                    date("legs[" + i + "].arrivalDate", leg.getArrivalDate(), errors)));
        }
        return new TravelNoticeRequest(
                date("departureDate", departureDate, errors),
                date("returnDate", returnDate, errors),
                blankToNull(departurePoint),
                legRequests,
                travelPurpose,
                documentType(errors),
                documentNumber,
                blankToNull(addressAbroad),
                blankToNull(reason));
    }

    private static LocalDate date(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, field + " is not a date in the calendar (YYYY-MM-DD).");
            return null;
        }
    }

    private DocumentType documentType(Map<String, String> errors) {
        if (documentType == null || documentType.isBlank()) {
            return null;
        }
        try {
            return DocumentType.valueOf(documentType);
        } catch (IllegalArgumentException e) {
            errors.put("documentType", "documentType has a value of the wrong type or an unknown constant.");
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getDepartureDate() {
        return departureDate;
    }

    public void setDepartureDate(String departureDate) {
        this.departureDate = departureDate;
    }

    public String getReturnDate() {
        return returnDate;
    }

    public void setReturnDate(String returnDate) {
        this.returnDate = returnDate;
    }

    public String getDeparturePoint() {
        return departurePoint;
    }

    public void setDeparturePoint(String departurePoint) {
        this.departurePoint = departurePoint;
    }

    public List<LegForm> getLegs() {
        return legs;
    }

    public void setLegs(List<LegForm> legs) {
        this.legs = legs;
    }

    public String getTravelPurpose() {
        return travelPurpose;
    }

    public void setTravelPurpose(String travelPurpose) {
        this.travelPurpose = travelPurpose;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getAddressAbroad() {
        return addressAbroad;
    }

    public void setAddressAbroad(String addressAbroad) {
        this.addressAbroad = addressAbroad;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** One destination row. */
    public static class LegForm {

        private String country;
        private String pointOfArrival;
        private String carrier;
        private String arrivalDate;

        public LegForm() {}

        LegForm(String country, String pointOfArrival, String carrier, String arrivalDate) {
            this.country = country;
            this.pointOfArrival = pointOfArrival;
            this.carrier = carrier;
            this.arrivalDate = arrivalDate;
        }

        boolean isBlank() {
            return blank(country) && blank(pointOfArrival) && blank(carrier) && blank(arrivalDate);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public String getPointOfArrival() {
            return pointOfArrival;
        }

        public void setPointOfArrival(String pointOfArrival) {
            this.pointOfArrival = pointOfArrival;
        }

        public String getCarrier() {
            return carrier;
        }

        public void setCarrier(String carrier) {
            this.carrier = carrier;
        }

        public String getArrivalDate() {
            return arrivalDate;
        }

        public void setArrivalDate(String arrivalDate) {
            this.arrivalDate = arrivalDate;
        }
    }
}
