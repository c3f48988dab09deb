package org.opensor.registry.matching.score;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The pairing of rows to columns (each used at most once) with the highest total value: which query word goes
 * with which record word. Names have few words, so an exact search over subsets is cheap.
 */
final class Assignment {

    private Assignment() {}

    /**
     * For each row, the column it is paired with, or -1. Pairs of value 0 are left unpaired. Exact when the
     * smaller side has at most {@code maxExact} entries, greedy otherwise.
     */
    static int[] best(double[][] value, int maxExact) {
        int n = value.length;
        int m = n == 0 ? 0 : value[0].length;
        int[] pairOf = new int[n];
        Arrays.fill(pairOf, -1);
        if (n == 0 || m == 0) {
            return pairOf;
        }
        if (Math.min(n, m) > maxExact || Math.max(n, m) > 20) {
            return greedy(value, pairOf);
        }
        if (n <= m) {
            solve(value, 0, 0, new Totals(n, m), pairOf, false);
        } else {
            double[][] t = new double[m][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    t[j][i] = value[i][j];
                }
            }
            int[] rowOfColumn = new int[m];
            Arrays.fill(rowOfColumn, -1);
            solve(t, 0, 0, new Totals(m, n), rowOfColumn, false);
            for (int j = 0; j < m; j++) {
                if (rowOfColumn[j] >= 0) {
                    pairOf[rowOfColumn[j]] = j;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (pairOf[i] >= 0 && value[i][pairOf[i]] <= 0) {
                pairOf[i] = -1;
            }
        }
        return pairOf;
    }

    /** Best total for rows from {@code row} on with columns in {@code used} taken; fills {@code pairOf}. */
    private static double solve(double[][] v, int row, int used, Totals memo, int[] pairOf, boolean dryRun) {
        if (row == v.length) {
            return 0;
        }
        double known = memo.get(row, used);
        if (!Double.isNaN(known) && dryRun) {
            return known;
        }
        double best = solve(v, row + 1, used, memo, pairOf, true);
        int bestColumn = -1;
        for (int j = 0; j < v[row].length; j++) {
            if ((used & (1 << j)) == 0 && v[row][j] > 0) {
                double total = v[row][j] + solve(v, row + 1, used | (1 << j), memo, pairOf, true);
                if (total > best) {
                    best = total;
                    bestColumn = j;
                }
            }
        }
        memo.put(row, used, best);
        if (!dryRun) {
            pairOf[row] = bestColumn;
            solve(v, row + 1, bestColumn < 0 ? used : used | (1 << bestColumn), memo, pairOf, false);
        }
        return best;
    }

    /**
     * Best totals worked out so far, by row and the columns taken; NaN for none yet (a total is a sum of positive
     * values). An array for names of a few words, which is nearly every comparison: a map of boxed keys and totals
     * was a tenth of what an identity search allocated.
     */
    private static final class Totals {
        /** Rows times column subsets up to which the array is used: 4 words against 6 is 256. */
        private static final int DENSE_LIMIT = 256;

        private final int columns;
        private final double[] dense;
        private final Map<Long, Double> sparse;

        Totals(int rows, int columns) {
            this.columns = columns;
            if ((long) rows << columns <= DENSE_LIMIT) {
                this.dense = new double[rows << columns];
                Arrays.fill(dense, Double.NaN);
                this.sparse = null;
            } else {
                this.dense = null;
                this.sparse = new HashMap<>();
            }
        }

        double get(int row, int used) {
            if (dense != null) {
                return dense[(row << columns) | used];
            }
            Double total = sparse.get(((long) row << 32) | used);
            return total == null ? Double.NaN : total;
        }

        void put(int row, int used, double total) {
            if (dense != null) {
                dense[(row << columns) | used] = total;
            } else {
                sparse.put(((long) row << 32) | used, total);
            }
        }
    }

    private static int[] greedy(double[][] value, int[] pairOf) {
        boolean[] columnUsed = new boolean[value[0].length];
        for (int round = 0; round < value.length; round++) {
            int bestRow = -1;
            int bestColumn = -1;
            for (int i = 0; i < value.length; i++) {
                for (int j = 0; j < columnUsed.length; j++) {
                    if (pairOf[i] < 0
                            && !columnUsed[j]
                            && value[i][j] > 0
                            && (bestRow < 0 || value[i][j] > value[bestRow][bestColumn])) {
                        bestRow = i;
                        bestColumn = j;
                    }
                }
            }
            if (bestRow < 0) {
                break;
            }
            pairOf[bestRow] = bestColumn;
            columnUsed[bestColumn] = true;
        }
        return pairOf;
    }
}
