package org.opensor.registry.matching.eval;

/** True/false positives and negatives of a yes/no prediction, with precision, recall and F1. */
record BinaryCounts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    static final BinaryCounts NONE = new BinaryCounts(0, 0, 0, 0);

    BinaryCounts add(boolean predicted, boolean actual) {
        return new BinaryCounts(
                truePositives + (predicted && actual ? 1 : 0),
                falsePositives + (predicted && !actual ? 1 : 0),
                falseNegatives + (!predicted && actual ? 1 : 0),
                trueNegatives + (!predicted && !actual ? 1 : 0));
    }

    double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
        int actual = truePositives + falseNegatives;
        return actual == 0 ? 0 : (double) truePositives / actual;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }
}
