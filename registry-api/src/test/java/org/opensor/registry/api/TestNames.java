package org.opensor.registry.api;

import java.util.concurrent.ThreadLocalRandom;

/** Names no other test (or earlier run against the same database) has used, so the duplicate guard stays out of the way. */
public final class TestNames {

    private TestNames() {}

    /** Eight random Latin letters, e.g. {@code Qwhzkmra}. */
    public static String unique() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            char c = (char) ('a' + ThreadLocalRandom.current().nextInt(26));
            name.append(i == 0 ? Character.toUpperCase(c) : c);
        }
        return name.toString();
    }
}
