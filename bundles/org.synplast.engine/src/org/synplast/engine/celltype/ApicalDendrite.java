package org.synplast.engine.celltype;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.synplast.engine.EngineException;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

/**
 * Morphometrics of an apical dendrite (cells.md §2.4, §3.2, §4.3) and its stand-in: a trunk with
 * the measured diameter profile up to the main bifurcation; {@code obliques} side branches
 * leaving the trunk at evenly spaced points, each a {@link BranchingTree} of equal levels; a
 * tuft of two {@link BranchingTree}s from the main bifurcation whose root diameter is measured
 * or follows Rall's 3/2 power rule (d = d_trunk / 2^(2/3)) and whose tips reach {@code maxPath}. Oblique
 * and tuft tips share one diameter, solved for the length-weighted mean diameter or, where that
 * is unknown, given by the caller.
 *
 * @param trunk           trunk diameter against path distance [µm]
 * @param mainBifurcation path distance of the main (tuft) bifurcation [µm]
 * @param obliques        number of side branches off the trunk before the main bifurcation
 * @param obliqueLength   their total length [µm]
 * @param obliqueTips     their number of tips
 * @param tuftLength      length distal to the main bifurcation [µm]
 * @param tuftTips        tips of the tuft
 * @param maxPath         largest path length from the soma [µm]
 * @param meanDiameter    length-weighted mean diameter [µm], or NaN if not measured
 * @param tuftRoot        diameter of the tuft's first branches [µm], or NaN for Rall's rule
 */
public record ApicalDendrite(Profile trunk, double mainBifurcation, int obliques, double obliqueLength, int obliqueTips,
        double tuftLength, int tuftTips, double maxPath, double meanDiameter, double tuftRoot) {

    /** Validates. */
    public ApicalDendrite {
        EngineException.require(trunk != null, "trunk profile", "set", null);
        EngineException.require(mainBifurcation > 0 && maxPath > mainBifurcation, "main bifurcation",
                "between 0 and the maximal path", mainBifurcation);
        EngineException.require(obliques >= 0 && obliqueTips >= obliques, "obliques and their tips", "tips >= obliques",
                obliques + " / " + obliqueTips);
        EngineException.require(tuftLength > 0 && tuftTips >= 2, "tuft", "positive length and >= 2 tips",
                tuftLength + " / " + tuftTips);
    }

    /** @return the total apical length [µm] */
    public double totalLength() {
        return mainBifurcation + obliqueLength + tuftLength;
    }

    /**
     * Adds the apical dendrite, rooted at the soma centre.
     *
     * @param b           the builder
     * @param soma        the soma section
     * @param tipFallback the tip diameter to use when {@link #meanDiameter()} is NaN [µm]
     */
    void addTo(SectionTreeBuilder b, int soma, double tipFallback) {
        double[] cuts = cuts();
        double tip = Double.isNaN(meanDiameter) ? tipFallback
                : BranchingTree.solve(d -> (trunkLengthTimesDiameter(cuts) + obliqueLength * d
                        + tuft(d).lengthTimesDiameter()) / totalLength(), meanDiameter, 0.01, 20, "apical mean diameter");
        int depth = obliques == 0 ? 0 : BranchingTree.depth(1, Math.round((float) obliqueTips / obliques));
        double[] branchPoints = branchPoints();
        BranchingTree oblique = obliques == 0 ? null : new BranchingTree(1,
                BranchingTree.equalLevels(1, depth, obliqueLength / obliques), BranchingTree.taper(tip, tip, depth));
        int parent = soma;
        double x = 0.5;
        double start = 0;
        for (double end : cuts) {
            parent = b.add(SectionType.APICAL, parent, x, SectionGeometry.Cylinder.of(end - start,
                    trunk.mean(start, end)), 0);
            x = 1;
            if (Arrays.binarySearch(branchPoints, end) >= 0) {
                oblique.addTo(b, SectionType.APICAL, parent, 1);
            }
            start = end;
        }
        tuft(tip).addTo(b, SectionType.APICAL, parent, 1);
    }

    /** Trunk section ends: profile points and oblique branch points before the bifurcation, and the bifurcation. */
    private double[] cuts() {
        return DoubleStream.concat(DoubleStream.concat(Arrays.stream(trunk.distance()), Arrays.stream(branchPoints())),
                DoubleStream.of(mainBifurcation)).filter(d -> d > 0 && d <= mainBifurcation).sorted().distinct().toArray();
    }

    /** Oblique branch points, evenly spaced: mainBifurcation·j/(obliques + 1), ascending. */
    private double[] branchPoints() {
        return IntStream.rangeClosed(1, obliques).mapToDouble(j -> mainBifurcation * j / (obliques + 1)).toArray();
    }

    private double trunkLengthTimesDiameter(double[] cuts) {
        double s = 0;
        double start = 0;
        for (double end : cuts) {
            s += (end - start) * trunk.mean(start, end);
            start = end;
        }
        return s;
    }

    private BranchingTree tuft(double tip) {
        int depth = BranchingTree.depth(2, tuftTips);
        double root = Double.isNaN(tuftRoot) ? trunk.at(mainBifurcation) / Math.pow(2, 2.0 / 3.0) : tuftRoot;
        return new BranchingTree(2, BranchingTree.lengths(2, depth, maxPath - mainBifurcation, tuftLength),
                BranchingTree.taper(root, tip, depth));
    }
}
