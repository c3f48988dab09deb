package org.opensor.registry.api.console.travel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opensor.registry.api.registrant.DocumentType;
import org.opensor.registry.api.travel.TravelNotice;
import org.opensor.registry.api.travel.TravelNoticeState;
import org.opensor.registry.api.travel.TravelPlan;

/** A travel notice as the pages show it: dates in words, countries by name, the document type in words. */
public record NoticeView(
        UUID id,
        long version,
        boolean cancelled,
        boolean late,
        String departureDate,
        String returnDate,
        String departurePoint,
        List<LegView> legs,
        String purpose,
        String document,
        String addressAbroad,
        String declared,
        String updated,
        String cancellationReason) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** @param arrivalDate in words, or null when not declared */
    public record LegView(
            String country, String countryName, String pointOfArrival, String carrier, String arrivalDate) {}

    static NoticeView of(TravelNotice notice) {
        TravelPlan plan = notice.plan();
        List<LegView> legs = plan.legs().stream()
                .map(leg -> new LegView(
                        leg.country().code(),
                        Countries.name(leg.country().code()),
                        leg.pointOfArrival(),
                        leg.carrier(),
                        day(leg.arrivalDate())))
                .toList();
        boolean changed = notice.updatedAt() != null && !notice.updatedAt().equals(notice.declaredAt());
        return new NoticeView(
                notice.id(),
                notice.version(),
                notice.state() == TravelNoticeState.CANCELLED,
                notice.late(),
                day(plan.departureDate()),
                day(plan.returnDate()),
                plan.departurePoint(),
                legs,
                plan.purpose(),
                documentLabel(plan.documentType()) + " " + plan.documentNumber(),
                plan.addressAbroad(),
                moment(notice.declaredAt()) + " by " + notice.declaredBy(),
                changed ? moment(notice.updatedAt()) + " by " + notice.updatedBy() : null,
                notice.cancellationReason());
    }

    /** "Thailand, Malaysia": where the trip goes, for headings. */
    public String destinations() {
        return String.join(
                ", ", legs.stream().map(LegView::countryName).distinct().toList());
    }

    static String documentLabel(DocumentType type) {
        return switch (type) {
            case PASSPORT -> "Passport";
            case NATIONAL_ID -> "National identity card";
            case RESIDENCE_PERMIT -> "Residence permit";
            case DRIVING_LICENCE -> "Driving licence";
            case OTHER -> "Other document";
        };
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    private static String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant);
    }
}
