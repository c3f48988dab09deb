package org.opensor.registry.api.console.travel;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opensor.registry.api.console.language.ConsoleDates;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.registrant.DocumentType;
import org.opensor.registry.api.travel.TravelNotice;
import org.opensor.registry.api.travel.TravelNoticeState;
import org.opensor.registry.api.travel.TravelPlan;
import org.springframework.context.i18n.LocaleContextHolder;

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

    /** @param arrivalDate in words, or null when not declared */
    public record LegView(
            String country, String countryName, String pointOfArrival, String carrier, String arrivalDate) {}

    /** The notice in the reader's language: dates and times by {@code dates}, countries and words from the bundles. */
    static NoticeView of(TravelNotice notice, ConsoleDates dates) {
        Locale language = LocaleContextHolder.getLocale();
        TravelPlan plan = notice.plan();
        List<LegView> legs = plan.legs().stream()
                .map(leg -> new LegView(
                        leg.country().code(),
                        Countries.name(leg.country().code(), language),
                        leg.pointOfArrival(),
                        leg.carrier(),
                        dates.date(leg.arrivalDate())))
                .toList();
        boolean changed = notice.updatedAt() != null && !notice.updatedAt().equals(notice.declaredAt());
        return new NoticeView(
                notice.id(),
                notice.version(),
                notice.state() == TravelNoticeState.CANCELLED,
                notice.late(),
                dates.date(plan.departureDate()),
                dates.date(plan.returnDate()),
                plan.departurePoint(),
                legs,
                plan.purpose(),
                documentLabel(plan.documentType()) + " " + plan.documentNumber(),
                plan.addressAbroad(),
                byWhom(dates.dateTime(notice.declaredAt()), notice.declaredBy()),
                changed ? byWhom(dates.dateTime(notice.updatedAt()), notice.updatedBy()) : null,
                notice.cancellationReason());
    }

    /** "Thailand, Malaysia": where the trip goes, for headings. */
    public String destinations() {
        return String.join(
                ", ", legs.stream().map(LegView::countryName).distinct().toList());
    }

    /** The document type in the reader's words ({@code enum.PASSPORT} in the bundles). */
    static String documentLabel(DocumentType type) {
        return ConsoleText.first(type.name(), null, "enum." + type.name());
    }

    private static String byWhom(String when, String who) {
        return ConsoleText.first(when + " by " + who, new Object[] {when, who}, "travel.byWhom");
    }
}
