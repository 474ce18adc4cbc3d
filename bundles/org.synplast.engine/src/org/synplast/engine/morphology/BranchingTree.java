package org.synplast.engine.morphology;

import java.util.function.DoubleUnaryOperator;

import org.synplast.engine.EngineException;

/**
 * A symmetric binary tree for a parametric stand-in: {@code roots} sections at level 0, every
 * section of level i &lt; k branching into two of level i + 1, all sections of one level equal
 * in length and diameter. The number of levels k is chosen from the number of tips
 * ({@code roots · 2^k ≈ tips}); level lengths keep the total length within the maximal path
 * ({@link #lengths}); diameters taper geometrically from the root to the tip diameter.
 *
 * @param roots         sections at level 0
 * @param levelLength   length of the sections of each level [µm]
 * @param levelDiameter diameter of the sections of each level [µm]
 */
record BranchingTree(int roots, double[] levelLength, double[] levelDiameter) {

    /** Validates and copies. */
    BranchingTree {
        EngineException.require(roots >= 1, "tree roots", ">= 1", roots);
        EngineException.require(levelLength.length == levelDiameter.length && levelLength.length >= 1, "tree levels",
                "lengths and diameters per level", levelLength.length);
        levelLength = levelLength.clone();
        levelDiameter = levelDiameter.clone();
    }

    /**
     * @param roots sections at level 0
     * @param tips  the number of terminal sections to approximate
     * @return k, the index of the last level (0 for unbranched roots)
     */
    static int depth(int roots, int tips) {
        return Math.max(0, (int) Math.round(Math.log((double) tips / roots) / Math.log(2)));
    }

    /**
     * Level lengths for a total length and a maximal path: equal levels, unless their tip path
     * would exceed {@code maxPath}, in which case the levels grow geometrically (ℓ_i = ℓ_0 r^i,
     * r &gt; 1) until the tip path equals it. The total length, which sets the membrane load, is
     * always kept; the measured maximal path is a bound, as a symmetric tree puts every tip at
     * the maximal distance.
     *
     * @param roots   sections at level 0
     * @param depth   k
     * @param maxPath largest root-to-tip path [µm]
     * @param total   total length [µm]
     * @return the level lengths [µm]
     */
    static double[] lengths(int roots, int depth, double maxPath, double total) {
        double[] equal = equalLevels(roots, depth, total);
        if (equal[0] * (depth + 1) <= maxPath) {
            return equal;
        }
        double target = total / maxPath;
        EngineException.require(target < roots * Math.pow(2, depth), "total length / maximal path of a tree",
                "below its number of tips", target);
        double lo = 0;
        double hi = 30;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (ratio(roots, depth, Math.exp(mid)) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] l = geometric(depth, Math.exp(0.5 * (lo + hi)));
        scale(l, maxPath);
        return l;
    }

    /**
     * @param roots sections at level 0
     * @param depth k
     * @param total total length [µm]
     * @return equal level lengths summing, over all sections, to {@code total} [µm]
     */
    static double[] equalLevels(int roots, int depth, double total) {
        double sections = roots * (Math.pow(2, depth + 1) - 1);
        double[] l = new double[depth + 1];
        java.util.Arrays.fill(l, total / sections);
        return l;
    }

    /**
     * @param root  diameter of level 0 [µm]
     * @param tip   diameter of level k [µm]
     * @param depth k
     * @return {@code root·(tip/root)^(i/k)} per level
     */
    static double[] taper(double root, double tip, int depth) {
        double[] d = new double[depth + 1];
        for (int i = 0; i <= depth; i++) {
            d[i] = depth == 0 ? root : root * Math.pow(tip / root, (double) i / depth);
        }
        return d;
    }

    /**
     * Solves a monotonically increasing function for the argument giving {@code target} by
     * bisection.
     *
     * @param f      the function
     * @param target the wanted value
     * @param lo     lower bracket
     * @param hi     upper bracket
     * @param what   for the error message
     * @return the argument
     */
    static double solve(DoubleUnaryOperator f, double target, double lo, double hi, String what) {
        EngineException.require(f.applyAsDouble(lo) <= target && f.applyAsDouble(hi) >= target, what,
                "reachable in [" + lo + ", " + hi + "]", target);
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double ratio(int roots, int depth, double r) {
        double total = 0;
        double path = 0;
        for (int i = 0; i <= depth; i++) {
            double li = Math.pow(r, i - depth / 2.0);
            path += li;
            total += roots * Math.pow(2, i) * li;
        }
        return total / path;
    }

    private static double[] geometric(int depth, double r) {
        double[] l = new double[depth + 1];
        for (int i = 0; i <= depth; i++) {
            l[i] = Math.pow(r, i - depth / 2.0);
        }
        return l;
    }

    private static void scale(double[] l, double sum) {
        double s = 0;
        for (double x : l) {
            s += x;
        }
        for (int i = 0; i < l.length; i++) {
            l[i] *= sum / s;
        }
    }

    @Override
    public double[] levelLength() {
        return levelLength.clone();
    }

    @Override
    public double[] levelDiameter() {
        return levelDiameter.clone();
    }

    /** @return the summed length of all sections [µm] */
    double totalLength() {
        return weighted(false);
    }

    /** @return Σ length·diameter over all sections [µm²] */
    double lengthTimesDiameter() {
        return weighted(true);
    }

    private double weighted(boolean byDiameter) {
        double s = 0;
        for (int i = 0; i < levelLength.length; i++) {
            s += roots * Math.pow(2, i) * levelLength[i] * (byDiameter ? levelDiameter[i] : 1);
        }
        return s;
    }

    /**
     * Adds the tree's sections, depth first.
     *
     * @param b       the builder
     * @param type    their region
     * @param parent  the section the roots attach to
     * @param parentX where on it
     */
    void addTo(SectionTreeBuilder b, SectionType type, int parent, double parentX) {
        for (int r = 0; r < roots; r++) {
            add(b, type, parent, parentX, 0);
        }
    }

    private void add(SectionTreeBuilder b, SectionType type, int parent, double parentX, int level) {
        int s = b.add(type, parent, parentX, SectionGeometry.Cylinder.of(levelLength[level], levelDiameter[level]), 0);
        if (level + 1 < levelLength.length) {
            add(b, type, s, 1, level + 1);
            add(b, type, s, 1, level + 1);
        }
    }
}
