package org.synplast.engine.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/** The Hines solver against a dense LU solve on random trees. */
class HinesSolverTest {

    @Test
    void matchesDenseSolveOnRandomTrees() {
        Random random = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + random.nextInt(60);
            int[] parent = new int[n];
            double[] g = new double[n];
            double[] d = new double[n];
            double[] b = new double[n];
            parent[0] = -1;
            double[][] dense = new double[n][n];
            for (int c = 1; c < n; c++) {
                parent[c] = random.nextInt(c);
                g[c] = 0.1 + random.nextDouble() * 10;
            }
            for (int c = 0; c < n; c++) {
                d[c] = random.nextDouble() * 2;
                b[c] = random.nextGaussian();
            }
            for (int c = 1; c < n; c++) {
                d[c] += g[c];
                d[parent[c]] += g[c];
                dense[c][parent[c]] = -g[c];
                dense[parent[c]][c] = -g[c];
            }
            d[0] += 1e-3;
            for (int c = 0; c < n; c++) {
                dense[c][c] = d[c];
            }
            RealVector expected = new LUDecomposition(new Array2DRowRealMatrix(dense)).getSolver()
                    .solve(new ArrayRealVector(b));
            Simulation.hinesSolve(parent, g, d, b);
            for (int c = 0; c < n; c++) {
                // both are backward-stable on a diagonally dominant matrix: agreement to ~1e-12 relative
                assertEquals(expected.getEntry(c), b[c], 1e-9 * Math.max(1, Math.abs(expected.getEntry(c))));
            }
        }
    }
}
