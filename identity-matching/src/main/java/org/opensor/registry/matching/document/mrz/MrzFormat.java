package org.opensor.registry.matching.document.mrz;

/** The MRZ layouts of ICAO Doc 9303, by number of lines and characters per line. */
public enum MrzFormat {
    /** Identity card, 3 lines of 30 (part 5). */
    TD1(3, 30),
    /** Identity card or official travel document, 2 lines of 36 (part 6). */
    TD2(2, 36),
    /** Passport booklet, 2 lines of 44 (part 4). */
    TD3(2, 44),
    /** Full-size visa, 2 lines of 44 (part 7). */
    MRV_A(2, 44),
    /** Small visa, 2 lines of 36 (part 7). */
    MRV_B(2, 36);

    private final int lineCount;
    private final int lineLength;

    MrzFormat(int lineCount, int lineLength) {
        this.lineCount = lineCount;
        this.lineLength = lineLength;
    }

    public int lineCount() {
        return lineCount;
    }

    public int lineLength() {
        return lineLength;
    }

    /** Visas share the line sizes of TD2/TD3 and are told apart by their document code starting with V. */
    static MrzFormat of(int lineCount, int lineLength, boolean visa) {
        if (lineCount == 3) {
            return TD1;
        }
        if (lineLength == 36) {
            return visa ? MRV_B : TD2;
        }
        return visa ? MRV_A : TD3;
    }
}
