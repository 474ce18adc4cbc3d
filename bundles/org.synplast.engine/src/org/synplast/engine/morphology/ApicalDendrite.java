package org.synplast.engine.morphology;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.synplast.engine.EngineException;

/**
 * An apical dendrite of a {@link ParametricMorphology}: a trunk with a diameter profile up to the
 * main bifurcation; {@code obliques} side branches leaving the trunk at the given branch points
 * (evenly spaced, {@code mainBifurcation·j/(obliques + 1)}, when none are given), each a
 * {@link BranchingTree} of equal levels, {@code obliqueLength / obliques} long, with
 * {@code round(log2(round(obliqueTips / obliques)))} bifurcation levels; a tuft of two
 * {@link BranchingTree}s from the main bifurcation ({@code round(log2(tuftTips / 2))} further
 * levels) whose tips reach {@code maxPath}, with {@code tuftLength} in total or, without it,
 * equal levels; the tuft's root diameter is given or follows Rall's 3/2 power rule
 * (d = d_trunk / 2^(2/3)). Oblique and tuft tips share one diameter: given, solved for the
 * length-weighted mean diameter, or the caller's fallback. Oblique branches keep the tip
 * diameter throughout; the tuft tapers geometrically to it.
 *
 * @param trunk           trunk diameter against path distance [µm]
 * @param mainBifurcation path distance of the main (tuft) bifurcation [µm]
 * @param obliques        number of side branches off the trunk before the main bifurcation
 * @param obliqueAt       their branch points [µm], strictly increasing, or empty for even spacing
 * @param obliqueLength   their total length [µm]
 * @param obliqueTips     their number of tips
 * @param tuftLength      length distal to the main bifurcation [µm], or NaN for equal levels
 * @param tuftTips        tips of the tuft
 * @param maxPath         largest path length from the soma centre [µm]
 * @param tipDiameter     diameter of oblique and tuft tips [µm], or NaN
 * @param meanDiameter    length-weighted mean diameter [µm] the tip diameter is solved for, or NaN
 * @param tuftRoot        diameter of the tuft's first branches [µm], or NaN for Rall's rule
 */
public record ApicalDendrite(Profile trunk, double mainBifurcation, int obliques, double[] obliqueAt, double obliqueLength,
        int obliqueTips, double tuftLength, int tuftTips, double maxPath, double tipDiameter, double meanDiameter,
        double tuftRoot) {

    /** Validates and copies. */
    public ApicalDendrite {
        EngineException.require(trunk != null, "trunk profile", "set", null);
        EngineException.require(mainBifurcation > 0 && maxPath > mainBifurcation, "main bifurcation",
                "between 0 and the maximal path", mainBifurcation);
        EngineException.require(obliques >= 0 && obliqueTips >= obliques, "obliques and their tips", "tips >= obliques",
                obliques + " / " + obliqueTips);
        EngineException.require(obliques == 0 || obliqueLength > 0, "oblique length", "positive", obliqueLength);
        obliqueAt = obliqueAt.clone();
        EngineException.require(obliqueAt.length == 0 || obliqueAt.length == obliques, "oblique branch points",
                "one per oblique", obliqueAt.length);
        for (int i = 0; i < obliqueAt.length; i++) {
            EngineException.require(obliqueAt[i] > (i == 0 ? 0 : obliqueAt[i - 1]) && obliqueAt[i] < mainBifurcation,
                    "oblique branch points", "strictly increasing within the trunk", obliqueAt[i]);
        }
        EngineException.require((Double.isNaN(tuftLength) || tuftLength > 0) && tuftTips >= 2, "tuft",
                "positive length and >= 2 tips", tuftLength + " / " + tuftTips);
        EngineException.require(Double.isNaN(tipDiameter) || Double.isNaN(meanDiameter), "tip and mean diameter",
                "not both given", tipDiameter + " / " + meanDiameter);
    }

    /**
     * An apical dendrite from morphometrics (cells.md §2.4, §3.2, §4.3): obliques evenly spaced,
     * tip diameter solved for the mean diameter (or the caller's fallback when it is NaN).
     *
     * @param trunk           trunk diameter profile [µm]
     * @param mainBifurcation [µm]
     * @param obliques        side branches before the main bifurcation
     * @param obliqueLength   their total length [µm]
     * @param obliqueTips     their tips
     * @param tuftLength      [µm]
     * @param tuftTips        tips of the tuft
     * @param maxPath         [µm]
     * @param meanDiameter    [µm] or NaN
     * @param tuftRoot        [µm] or NaN for Rall's rule
     * @return the apical dendrite
     */
    public static ApicalDendrite measured(Profile trunk, double mainBifurcation, int obliques, double obliqueLength,
            int obliqueTips, double tuftLength, int tuftTips, double maxPath, double meanDiameter, double tuftRoot) {
        return new ApicalDendrite(trunk, mainBifurcation, obliques, new double[0], obliqueLength, obliqueTips, tuftLength,
                tuftTips, maxPath, Double.NaN, meanDiameter, tuftRoot);
    }

    @Override
    public double[] obliqueAt() {
        return obliqueAt.clone();
    }

    /** @return the total apical length [µm] */
    public double totalLength() {
        return mainBifurcation + obliqueLength + (Double.isNaN(tuftLength) ? tuft(1).totalLength() : tuftLength);
    }

    /**
     * Adds the apical dendrite, rooted at the soma centre.
     *
     * @param b           the builder
     * @param soma        the soma section
     * @param tipFallback the tip diameter to use when neither tip nor mean diameter is given [µm],
     *                    or NaN for the tuft's root diameter
     */
    void addTo(SectionTreeBuilder b, int soma, double tipFallback) {
        double[] cuts = cuts();
        double tip;
        if (!Double.isNaN(tipDiameter)) {
            tip = tipDiameter;
        } else if (!Double.isNaN(meanDiameter)) {
            double total = totalLength();
            tip = BranchingTree.solve(d -> (trunkLengthTimesDiameter(cuts) + obliqueLength * d
                    + tuft(d).lengthTimesDiameter()) / total, meanDiameter, 0.01, 20, "apical mean diameter");
        } else {
            tip = Double.isNaN(tipFallback) ? tuftRootDiameter() : tipFallback;
        }
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

    /** Oblique branch points, ascending: the given ones, or mainBifurcation·j/(obliques + 1). */
    private double[] branchPoints() {
        return obliqueAt.length > 0 ? obliqueAt.clone()
                : IntStream.rangeClosed(1, obliques).mapToDouble(j -> mainBifurcation * j / (obliques + 1)).toArray();
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

    private double tuftRootDiameter() {
        return Double.isNaN(tuftRoot) ? trunk.at(mainBifurcation) / Math.pow(2, 2.0 / 3.0) : tuftRoot;
    }

    private BranchingTree tuft(double tip) {
        int depth = BranchingTree.depth(2, tuftTips);
        double root = tuftRootDiameter();
        double path = maxPath - mainBifurcation;
        return new BranchingTree(2, Double.isNaN(tuftLength) ? DendriteTrees.reaching(path, depth)
                : BranchingTree.lengths(2, depth, path, tuftLength), BranchingTree.taper(root, tip, depth));
    }
}
