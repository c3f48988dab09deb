package org.opensor.registry.api.custody;

import java.time.LocalDate;
import java.util.Objects;

/** A royal decree (pardon or sentence reduction), by number and date. */
public record Decree(String number, LocalDate date) {

    public Decree {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
    }
}
