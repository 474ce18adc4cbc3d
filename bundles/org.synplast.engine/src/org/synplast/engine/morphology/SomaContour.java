package org.synplast.engine.morphology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.synplast.engine.EngineException;

/**
 * Turns a soma outline into a soma section the way NEURON's Import3d does
 * ({@code contourcenter} and {@code contour2centroid} in import3d): the outline is resampled
 * into 101 points evenly spaced along its (open) xy path; the centroid of those points and the
 * principal axis of their scatter matrix define the soma axis; each side of the outline is made
 * monotone along the axis; 21 points evenly spaced between the second smallest and second
 * largest axial coordinate become the soma's 3-D points, with the outline's width
 * perpendicular to the axis (in the xy plane) as diameter, the two end diameters averaged with
 * their neighbours. The direction of the axis (which end is soma(0)) is made deterministic by
 * pointing its largest component in the positive direction; NEURON's choice depends on its
 * eigen-solver.
 */
public final class SomaContour {

    private static final int RESAMPLED = 101;
    private static final int SLICES = 21;

    private SomaContour() {
    }

    /**
     * @param outline the contour points (diameters ignored), at least 3
     * @return the soma's 3-D points
     */
    public static List<Point3> toSection(double[][] outline) {
        EngineException.require(outline.length >= 3, "number of soma contour points", "at least 3", outline.length);
        double[][] p = resample(outline);
        double[] mean = new double[3];
        for (double[] q : p) {
            for (int k = 0; k < 3; k++) {
                mean[k] += q[k] / p.length;
            }
        }
        double[][] scatter = new double[3][3];
        for (double[] q : p) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    scatter[a][b] += (q[a] - mean[a]) * (q[b] - mean[b]);
                }
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(scatter));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = {0, 1, 2};
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[] major = orient(eig.getEigenvector(order[0]));
        RealVector minorVector = eig.getEigenvector(order[1]);
        double[] minor = {minorVector.getEntry(0), minorVector.getEntry(1), 0};
        double norm = Math.hypot(minor[0], minor[1]);
        if (norm == 0) {
            minor = new double[] {-major[1], major[0], 0};
            norm = Math.hypot(minor[0], minor[1]);
        }
        minor[0] /= norm;
        minor[1] /= norm;
        int n = p.length;
        double[] along = new double[n];
        double[] across = new double[n];
        int imax = 0;
        for (int i = 0; i < n; i++) {
            double[] d = {p[i][0] - mean[0], p[i][1] - mean[1], p[i][2] - mean[2]};
            along[i] = d[0] * major[0] + d[1] * major[1] + d[2] * major[2];
            across[i] = d[0] * minor[0] + d[1] * minor[1];
            if (along[i] > along[imax]) {
                imax = i;
            }
        }
        double[] ra = new double[n];
        double[] rc = new double[n];
        int imin = 0;
        for (int i = 0; i < n; i++) {
            ra[i] = along[(i + imax) % n];
            rc[i] = across[(i + imax) % n];
            if (ra[i] < ra[imin]) {
                imin = i;
            }
        }
        double[][] side0 = convex(reversedPrefix(ra, imin), reversedPrefix(rc, imin));
        double[][] side1 = convex(Arrays.copyOfRange(ra, imin, n), Arrays.copyOfRange(rc, imin, n));
        double[] all = new double[side0[0].length + side1[0].length];
        System.arraycopy(side0[0], 0, all, 0, side0[0].length);
        System.arraycopy(side1[0], 0, all, side0[0].length, side1[0].length);
        Arrays.sort(all);
        double lo = all[1];
        double hi = all[all.length - 2];
        double[] diam = new double[SLICES];
        List<Point3> points = new ArrayList<>();
        double[] coord = new double[SLICES];
        for (int i = 0; i < SLICES; i++) {
            coord[i] = lo + (hi - lo) * i / (SLICES - 1);
            diam[i] = Math.abs(interpolate(side0, coord[i]) - interpolate(side1, coord[i]));
        }
        double first = (diam[0] + diam[1]) / 2;
        double last = (diam[SLICES - 2] + diam[SLICES - 1]) / 2;
        diam[0] = first;
        diam[SLICES - 1] = last;
        for (int i = 0; i < SLICES; i++) {
            points.add(new Point3(mean[0] + major[0] * coord[i], mean[1] + major[1] * coord[i], mean[2] + major[2] * coord[i],
                    diam[i]));
        }
        return points;
    }

    /** 101 points evenly spaced along the open xy path of the outline, x, y and z interpolated. */
    private static double[][] resample(double[][] outline) {
        int m = outline.length;
        double[] perim = new double[m];
        for (int i = 1; i < m; i++) {
            perim[i] = perim[i - 1] + Math.hypot(outline[i][0] - outline[i - 1][0], outline[i][1] - outline[i - 1][1]);
        }
        double[][] p = new double[RESAMPLED][3];
        int seg = 1;
        for (int i = 0; i < RESAMPLED; i++) {
            double s = perim[m - 1] * i / (RESAMPLED - 1);
            while (seg < m - 1 && perim[seg] < s) {
                seg++;
            }
            double span = perim[seg] - perim[seg - 1];
            double f = span == 0 ? 1 : Math.min(1, Math.max(0, (s - perim[seg - 1]) / span));
            for (int k = 0; k < 3; k++) {
                p[i][k] = outline[seg - 1][k] + f * (outline[seg][k] - outline[seg - 1][k]);
            }
        }
        return p;
    }

    private static double[] orient(RealVector v) {
        double[] a = v.toArray();
        int big = 0;
        for (int k = 1; k < 3; k++) {
            if (Math.abs(a[k]) > Math.abs(a[big])) {
                big = k;
            }
        }
        double sign = a[big] < 0 ? -1 : 1;
        return new double[] {sign * a[0], sign * a[1], sign * a[2]};
    }

    private static double[] reversedPrefix(double[] a, int end) {
        double[] r = new double[end];
        for (int i = 0; i < end; i++) {
            r[i] = a[end - 1 - i];
        }
        return r;
    }

    /** Keeps the elements that make the axial coordinates strictly increasing, scanning from the end. */
    private static double[][] convex(double[] along, double[] across) {
        boolean[] keep = new boolean[along.length];
        int count = 0;
        double last = Double.POSITIVE_INFINITY;
        for (int i = along.length - 1; i >= 0; i--) {
            if (along[i] < last) {
                keep[i] = true;
                last = along[i];
                count++;
            }
        }
        double[][] r = new double[2][count];
        int j = 0;
        for (int i = 0; i < along.length; i++) {
            if (keep[i]) {
                r[0][j] = along[i];
                r[1][j] = across[i];
                j++;
            }
        }
        return r;
    }

    /** Linear interpolation clamped at the ends (numpy's interp). */
    private static double interpolate(double[][] side, double x) {
        double[] xs = side[0];
        double[] ys = side[1];
        if (xs.length == 0) {
            return 0;
        }
        if (x <= xs[0]) {
            return ys[0];
        }
        if (x >= xs[xs.length - 1]) {
            return ys[ys.length - 1];
        }
        int i = Arrays.binarySearch(xs, x);
        if (i >= 0) {
            return ys[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        return ys[lo] + (x - xs[lo]) / (xs[hi] - xs[lo]) * (ys[hi] - ys[lo]);
    }
}
