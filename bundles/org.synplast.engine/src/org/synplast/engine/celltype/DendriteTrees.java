package org.synplast.engine.celltype;

import org.synplast.engine.EngineException;

/**
 * Morphometrics of a set of identical dendritic trees (the basal dendrites of cells.md §2.4,
 * §3.2, §4.3), each a {@link BranchingTree} rooted at the soma centre.
 *
 * @param trees        number of stems
 * @param totalLength  summed length of all trees [µm]
 * @param tips         number of terminal branches of all trees
 * @param maxPath      largest path length from the soma [µm]
 * @param stemDiameter diameter at the stems [µm]
 * @param meanDiameter length-weighted mean diameter [µm]; the tip diameter is solved for it
 */
public record DendriteTrees(int trees, double totalLength, int tips, double maxPath, double stemDiameter, double meanDiameter) {

    /** Validates. */
    public DendriteTrees {
        EngineException.require(trees >= 1 && tips >= trees, "trees and tips", "1 <= trees <= tips", trees + " / " + tips);
        EngineException.require(totalLength > 0 && maxPath > 0 && stemDiameter > 0 && meanDiameter > 0,
                "lengths and diameters", "positive", totalLength + ", " + maxPath + ", " + stemDiameter + ", " + meanDiameter);
    }

    /** @return one tree: levels from the tips per stem, lengths from path and total, tapered diameters */
    BranchingTree tree() {
        int depth = BranchingTree.depth(1, Math.round((float) tips / trees));
        double[] lengths = BranchingTree.lengths(1, depth, maxPath, totalLength / trees);
        double tip = BranchingTree.solve(d -> mean(lengths, BranchingTree.taper(stemDiameter, d, depth)), meanDiameter, 0.01,
                10 * stemDiameter, "length-weighted mean diameter");
        return new BranchingTree(1, lengths, BranchingTree.taper(stemDiameter, tip, depth));
    }

    private static double mean(double[] lengths, double[] diameters) {
        BranchingTree t = new BranchingTree(1, lengths, diameters);
        return t.lengthTimesDiameter() / t.totalLength();
    }
}
