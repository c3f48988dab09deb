package org.opensor.registry.matching.document.paxlst;

import java.util.List;

/**
 * A segment as tokenised by StAEDI: its position in the interchange as sent, its tag and its data elements, each a
 * list of components (a simple element has one).
 */
record EdiSegment(int position, String tag, List<List<String>> elements) {

    /** Component {@code component} of element {@code element}, both 1-based; empty string when absent. */
    String value(int element, int component) {
        if (element < 1 || element > elements.size()) {
            return "";
        }
        List<String> components = elements.get(element - 1);
        return component < 1 || component > components.size()
                ? ""
                : components.get(component - 1).strip();
    }

    /** The first component of element {@code element}. */
    String value(int element) {
        return value(element, 1);
    }

    /** All components of an element, empty list when absent. */
    List<String> components(int element) {
        return element < 1 || element > elements.size() ? List.of() : elements.get(element - 1);
    }
}
