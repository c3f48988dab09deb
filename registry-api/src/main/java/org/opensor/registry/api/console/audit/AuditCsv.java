package org.opensor.registry.api.console.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit entries as CSV (RFC 4180) for an auditor's spreadsheet. A cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe: an actor name or a purpose typed
 * by anyone must not become a formula on the auditor's machine.
 */
final class AuditCsv {

    static final String HEADER =
            "position,occurred_at,actor,role,action,sentence,record_id,purpose,outcome,http_status";

    private AuditCsv() {}

    /** @param rows each row's cells in {@link #HEADER}'s order */
    static String of(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(cell(row.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    static String time(java.time.Instant at, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone));
    }
}
