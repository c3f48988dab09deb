package org.opensor.registry.matching.document.paxlst;

/** The six service characters of an EDIFACT interchange, as a UNA segment states them. */
record EdifactDelimiters(char component, char element, char decimal, char release, char repetition, char segment) {

    /** ISO 9735 defaults when there is no UNA; version 4 added '*' as repetition separator. */
    static EdifactDelimiters defaults(int syntaxVersion) {
        return new EdifactDelimiters(':', '+', '.', '?', syntaxVersion >= 4 ? '*' : ' ', '\'');
    }

    /** From the six characters that follow "UNA". */
    static EdifactDelimiters fromUna(String six) {
        return new EdifactDelimiters(
                six.charAt(0), six.charAt(1), six.charAt(2), six.charAt(3), six.charAt(4), six.charAt(5));
    }

    String asUna() {
        return "UNA" + component + element + decimal + release + repetition + segment;
    }

    EdifactDelimiters withRepetition(char value) {
        return new EdifactDelimiters(component, element, decimal, release, value, segment);
    }
}
