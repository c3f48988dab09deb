package org.opensor.registry.api.console;

import java.util.List;
import java.util.stream.Stream;

/** The menu's bundle keys, for the bundle test in another package (the menu itself is package-private). */
public final class ConsoleNavigationKeys {

    private ConsoleNavigationKeys() {}

    public static List<String> all() {
        return ConsoleNavigation.ITEMS.stream()
                .flatMap(item -> Stream.of(item.label(), item.description()))
                .toList();
    }
}
