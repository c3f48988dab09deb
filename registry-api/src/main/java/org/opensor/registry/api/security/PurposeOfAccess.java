package org.opensor.registry.api.security;

import java.util.regex.Pattern;

/**
 * The stated purpose of a read or search: a case reference and a reason, e.g.
 * {@code CASE-2026-0042 suspected breach of travel notice}. Kept in the audit trail with every access.
 */
public final class PurposeOfAccess {

    public static final String HEADER = "X-Purpose";
    /** Request attribute through which the web console hands the audit trail the purpose it works under. */
    public static final String REQUEST_ATTRIBUTE = PurposeOfAccess.class.getName() + ".stated";
    /** A reference without spaces (letters, digits, - / . :), then a reason of at least two words or 8 characters. */
    private static final Pattern FORM = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}\\-/.:_#]{2,40}\\s+\\S.{6,}$");

    private PurposeOfAccess() {}

    /** @return null when the purpose is acceptable, else what is wrong with it */
    public static String problemWith(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return "X-Purpose is required: a case reference and a reason, e.g. 'CASE-2026-0042 suspected breach of travel notice'";
        }
        if (purpose.length() > 300) {
            return "X-Purpose is longer than 300 characters";
        }
        if (!FORM.matcher(purpose.strip()).matches()) {
            return "X-Purpose must start with a case reference followed by the reason, e.g. 'CASE-2026-0042 suspected breach of travel notice'";
        }
        return null;
    }
}
