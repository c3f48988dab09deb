package org.opensor.registry.api.console.language;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import org.opensor.registry.api.security.SecuritySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and numbers as the reader's language writes them (ICU, so Khmer month names and digits come from
 * CLDR), every time in the registry's one zone ({@code registry.security.zone}, Phnom Penh), whose name the pages
 * show beside the times. Templates call it as {@code @consoleDates}.
 */
@Component("consoleDates")
public class ConsoleDates {

    private final TimeZone zone;

    @Autowired
    ConsoleDates(SecuritySettings settings) {
        this(settings.zone());
    }

    public ConsoleDates(ZoneId zone) {
        this.zone = TimeZone.getTimeZone(zone.getId());
    }

    /** e.g. "Dec 6, 2026, 16:10" or its Khmer form; null stays null. */
    public String dateTime(Instant at) {
        return dateTime(at, LocaleContextHolder.getLocale());
    }

    public String dateTime(Instant at, Locale locale) {
        if (at == null) {
            return null;
        }
        // the 24-hour clock in both languages: a desk reads deadlines, and "4:10" next to "16:10" would be misread
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMdHHmm", ULocale.forLocale(locale));
        format.setTimeZone(zone);
        return format.format(Date.from(at));
    }

    /** To the second, for the audit trail, where the order of two entries in one minute matters. */
    public String dateTimeSeconds(Instant at) {
        return dateTimeSeconds(at, LocaleContextHolder.getLocale());
    }

    public String dateTimeSeconds(Instant at, Locale locale) {
        if (at == null) {
            return null;
        }
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMdHHmmss", ULocale.forLocale(locale));
        format.setTimeZone(zone);
        return format.format(Date.from(at));
    }

    /** A local date and time with no zone of its own (a flight's time at its airport), e.g. "Mar 1, 2026, 08:00". */
    public static String wallClock(java.time.LocalDateTime at, Locale locale) {
        if (at == null) {
            return null;
        }
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMdHHmm", ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(at.toInstant(java.time.ZoneOffset.UTC)));
    }

    /** A calendar date (no time, no zone), e.g. a date of birth. */
    public String date(LocalDate date) {
        return date(date, LocaleContextHolder.getLocale());
    }

    public String date(LocalDate date, Locale locale) {
        if (date == null) {
            return null;
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(
                Date.from(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }

    /** The zone's name in the reader's language, e.g. "Indochina Time". */
    public String zoneName() {
        return zoneName(LocaleContextHolder.getLocale());
    }

    public String zoneName(Locale locale) {
        return zone.getDisplayName(false, TimeZone.LONG, ULocale.forLocale(locale));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(ULocale.forLocale(LocaleContextHolder.getLocale()))
                .format(value);
    }

    /** For the live countdown's script: the instant as ISO 8601 in UTC. */
    public String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}
