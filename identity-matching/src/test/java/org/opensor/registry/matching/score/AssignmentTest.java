package org.opensor.registry.matching.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void findsTheBestTotalForSmallAndLargerNames() {
        Random random = new Random(7);
        // Up to 4 x 6 the totals are kept in an array, beyond in a map: both must find the best pairing.
        int[][] sizes = {{1, 1}, {2, 3}, {3, 2}, {3, 3}, {4, 6}, {6, 4}, {5, 7}, {7, 5}, {6, 9}};
        for (int[] size : sizes) {
            for (int trial = 0; trial < 50; trial++) {
                double[][] value = new double[size[0]][size[1]];
                for (double[] row : value) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
                    }
                }
                int[] pairOf = Assignment.best(value, 12);

                assertThat(total(value, pairOf))
                        .as("%d x %d, trial %d", size[0], size[1], trial)
                        .isCloseTo(bestByTryingAll(value, 0, 0), offset(1e-9));
                assertThat(usesEachColumnOnce(pairOf)).isTrue();
            }
        }
    }

    private static double total(double[][] value, int[] pairOf) {
        double total = 0;
        for (int i = 0; i < pairOf.length; i++) {
            if (pairOf[i] >= 0) {
                total += value[i][pairOf[i]];
            }
        }
        return total;
    }

    private static boolean usesEachColumnOnce(int[] pairOf) {
        Set<Integer> seen = new HashSet<>();
        for (int column : pairOf) {
            if (column >= 0 && !seen.add(column)) {
                return false;
            }
        }
        return true;
    }

    private static double bestByTryingAll(double[][] value, int row, int used) {
        if (row == value.length) {
            return 0;
        }
        double best = bestByTryingAll(value, row + 1, used);
        for (int j = 0; j < value[row].length; j++) {
            if ((used & (1 << j)) == 0) {
                best = Math.max(best, value[row][j] + bestByTryingAll(value, row + 1, used | (1 << j)));
            }
        }
        return best;
    }
}
