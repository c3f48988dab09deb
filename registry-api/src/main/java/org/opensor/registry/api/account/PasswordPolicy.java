package org.opensor.registry.api.account;

import java.util.Locale;
import java.util.Set;

/**
 * Passwords for built-in accounts (NIST SP 800-63B in spirit): at least 12 characters; shorter than 16 needs
 * three of lower case, upper case, digits and symbols; never the user name; never a well-known password.
 */
public final class PasswordPolicy {

    private static final Set<String> WELL_KNOWN = Set.of(
            "password1234",
            "123456789012",
            "qwertyuiop12",
            "administrator",
            "changeme1234",
            "letmein12345",
            "welcome12345",
            "password123!",
            "P@ssw0rd1234");

    private PasswordPolicy() {}

    /** @return null when acceptable, else the rule it breaks, in words */
    public static String problemWith(String username, String password) {
        if (password == null || password.length() < 12) {
            return "password must have at least 12 characters";
        }
        if (password.length() > 128) {
            return "password must have at most 128 characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "password must not contain the user name";
        }
        if (WELL_KNOWN.stream().anyMatch(w -> w.equalsIgnoreCase(password))) {
            return "password is a well-known password";
        }
        int classes = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (password.length() < 16 && classes < 3) {
            return "a password shorter than 16 characters needs three of: lower case, upper case, digits, symbols";
        }
        return null;
    }
}
