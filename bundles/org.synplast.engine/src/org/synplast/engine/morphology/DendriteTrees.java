package org.synplast.engine.morphology;

import java.util.Arrays;

import org.synplast.engine.EngineException;

/**
 * A set of identical dendritic trees rooted at the soma centre (the basal dendrites of a
 * {@link ParametricMorphology}), each a {@link BranchingTree} with one root: the number of
 * bifurcation levels k follows the tips per stem ({@code round(log2(round(tips / trees)))}); the
 * level lengths keep {@code totalLength} within {@code maxPath} ({@link BranchingTree#lengths}),
 * or, without a total length, are equal with every tip at {@code maxPath}; diameters taper
 * geometrically from {@code stemDiameter} to the tip diameter, which is given or solved for the
 * length-weighted mean diameter (uniform at the stem diameter when neither is given).
 *
 * @param trees        number of stems
 * @param totalLength  summed length of all trees [µm], or NaN for equal levels reaching {@code maxPath}
 * @param tips         number of terminal branches of all trees
 * @param maxPath      largest path length from the soma centre [µm]
 * @param stemDiameter diameter at the stems [µm]
 * @param tipDiameter  diameter of the last level [µm], or NaN
 * @param meanDiameter length-weighted mean diameter [µm] that the tip diameter is solved for, or NaN
 */
public record DendriteTrees(int trees, double totalLength, int tips, double maxPath, double stemDiameter, double tipDiameter,
        double meanDiameter) {

    /** Validates. */
    public DendriteTrees {
        EngineException.require(trees >= 1 && tips >= trees, "trees and tips", "1 <= trees <= tips", trees + " / " + tips);
        EngineException.require(maxPath > 0 && stemDiameter > 0, "maximal path and stem diameter", "positive",
                maxPath + ", " + stemDiameter);
        EngineException.require(Double.isNaN(totalLength) || totalLength > 0, "total length", "positive", totalLength);
        EngineException.require(Double.isNaN(tipDiameter) || tipDiameter > 0, "tip diameter", "positive", tipDiameter);
        EngineException.require(Double.isNaN(meanDiameter) || meanDiameter > 0, "mean diameter", "positive", meanDiameter);
        EngineException.require(Double.isNaN(tipDiameter) || Double.isNaN(meanDiameter), "tip and mean diameter",
                "not both given", tipDiameter + " / " + meanDiameter);
    }

    /**
     * Trees from morphometrics (cells.md §2.4, §3.2, §4.3): the tip diameter is solved for the
     * measured length-weighted mean diameter.
     *
     * @param trees        number of stems
     * @param totalLength  summed length [µm]
     * @param tips         terminal branches of all trees
     * @param maxPath      largest path length [µm]
     * @param stemDiameter [µm]
     * @param meanDiameter [µm]
     * @return the trees
     */
    public static DendriteTrees measured(int trees, double totalLength, int tips, double maxPath, double stemDiameter,
            double meanDiameter) {
        return new DendriteTrees(trees, totalLength, tips, maxPath, stemDiameter, Double.NaN, meanDiameter);
    }

    /** @return one tree: levels from the tips per stem, lengths from path and total, tapered diameters */
    BranchingTree tree() {
        int depth = BranchingTree.depth(1, Math.round((float) tips / trees));
        double[] lengths = Double.isNaN(totalLength) ? reaching(maxPath, depth)
                : BranchingTree.lengths(1, depth, maxPath, totalLength / trees);
        double tip;
        if (!Double.isNaN(tipDiameter)) {
            tip = tipDiameter;
        } else if (!Double.isNaN(meanDiameter)) {
            tip = BranchingTree.solve(d -> mean(lengths, BranchingTree.taper(stemDiameter, d, depth)), meanDiameter, 0.01,
                    10 * stemDiameter, "length-weighted mean diameter");
        } else {
            tip = stemDiameter;
        }
        return new BranchingTree(1, lengths, BranchingTree.taper(stemDiameter, tip, depth));
    }

    /**
     * @param path  root-to-tip path [µm]
     * @param depth k
     * @return k + 1 equal level lengths summing to {@code path} [µm]
     */
    static double[] reaching(double path, int depth) {
        double[] l = new double[depth + 1];
        Arrays.fill(l, path / (depth + 1));
        return l;
    }

    private static double mean(double[] lengths, double[] diameters) {
        BranchingTree t = new BranchingTree(1, lengths, diameters);
        return t.lengthTimesDiameter() / t.totalLength();
    }
}
