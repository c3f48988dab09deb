package org.opensor.registry.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The records a list, search or screening answered with, noted for the request's audit entry: a read of many
 * records is audited with every record id it disclosed (comma-separated in {@code record_id}), so that the
 * auditor's "who saw this person" finds list reads as well as single reads.
 */
public final class DisclosedRecords {

    static final String ATTRIBUTE = DisclosedRecords.class.getName();

    private DisclosedRecords() {}

    /** Adds {@code recordIds} to what the current request disclosed; does nothing outside a request. */
    @SuppressWarnings("unchecked")
    public static void note(Collection<?> recordIds) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || recordIds.isEmpty()) {
            return;
        }
        Set<String> noted = (Set<String>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (noted == null) {
            noted = new LinkedHashSet<>();
            request.setAttribute(ATTRIBUTE, noted, RequestAttributes.SCOPE_REQUEST);
        }
        for (Object id : recordIds) {
            noted.add(id.toString().toLowerCase(Locale.ROOT));
        }
    }

    /** What the request disclosed, comma-separated in the order first noted; null when nothing. */
    @SuppressWarnings("unchecked")
    static String of(HttpServletRequest request) {
        Set<String> noted = (Set<String>) request.getAttribute(ATTRIBUTE);
        return noted == null || noted.isEmpty() ? null : String.join(",", noted);
    }
}
