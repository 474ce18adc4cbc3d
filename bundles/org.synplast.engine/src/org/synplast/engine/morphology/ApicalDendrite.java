package org.synplast.engine.morphology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;

import org.synplast.engine.EngineException;

/**
 * An apical dendrite of a {@link ParametricMorphology}: a trunk with a diameter profile up to the
 * main bifurcation; side branches ({@link Oblique}s) leaving the trunk before it, each a
 * {@link BranchingTree} of equal levels with {@code round(log2(tips))} bifurcation levels; a tuft
 * of two {@link BranchingTree}s from the main bifurcation ({@code round(log2(tuftTips / 2))}
 * further levels) whose tips reach {@code maxPath}, with {@code tuftLength} in total or, without
 * it, equal levels; the tuft's root diameter is given or follows Rall's 3/2 power rule
 * (d = d_trunk / 2^(2/3)). Oblique and tuft tips share one diameter: given, solved for the
 * length-weighted mean diameter, or the caller's fallback. Oblique branches keep the tip
 * diameter throughout; the tuft tapers geometrically to it.
 *
 * @param trunk           trunk diameter against path distance [µm]
 * @param mainBifurcation path distance of the main (tuft) bifurcation [µm]
 * @param obliques        the side branches, by increasing branch point before the main bifurcation
 * @param tuftLength      length distal to the main bifurcation [µm], or NaN for equal levels
 * @param tuftTips        tips of the tuft
 * @param maxPath         largest path length from the soma centre [µm]
 * @param tipDiameter     diameter of oblique and tuft tips [µm], or NaN
 * @param meanDiameter    length-weighted mean diameter [µm] the tip diameter is solved for, or NaN
 * @param tuftRoot        diameter of the tuft's first branches [µm], or NaN for Rall's rule
 */
public record ApicalDendrite(Profile trunk, double mainBifurcation, List<Oblique> obliques, double tuftLength, int tuftTips,
        double maxPath, double tipDiameter, double meanDiameter, double tuftRoot) {

    /**
     * A side branch of the trunk.
     *
     * @param at     path distance of its branch point on the trunk [µm]
     * @param length its summed length [µm]
     * @param tips   its terminal branches
     */
    public record Oblique(double at, double length, int tips) {
        /** Validates. */
        public Oblique {
            EngineException.require(at > 0 && length > 0 && tips >= 1, "oblique branch point, length and tips",
                    "positive", at + ", " + length + ", " + tips);
        }
    }

    /** Validates and copies. */
    public ApicalDendrite {
        EngineException.require(trunk != null, "trunk profile", "set", null);
        EngineException.require(mainBifurcation > 0 && maxPath > mainBifurcation, "main bifurcation",
                "between 0 and the maximal path", mainBifurcation);
        obliques = List.copyOf(obliques);
        for (int i = 0; i < obliques.size(); i++) {
            double at = obliques.get(i).at();
            EngineException.require(at > (i == 0 ? 0 : obliques.get(i - 1).at()) && at < mainBifurcation,
                    "oblique branch points", "strictly increasing within the trunk", at);
        }
        EngineException.require((Double.isNaN(tuftLength) || tuftLength > 0) && tuftTips >= 2, "tuft",
                "positive length and >= 2 tips", tuftLength + " / " + tuftTips);
        EngineException.require(Double.isNaN(tipDiameter) || Double.isNaN(meanDiameter), "tip and mean diameter",
                "not both given", tipDiameter + " / " + meanDiameter);
    }

    /**
     * Obliques from morphometrics: branch points given or evenly spaced
     * ({@code mainBifurcation·j/(count + 1)}); lengths and tips given per oblique or as one total
     * shared equally (tips rounded to whole branches).
     *
     * @param count           number of obliques
     * @param mainBifurcation [µm]
     * @param at              branch points [µm], one per oblique, or empty for even spacing
     * @param lengths         one total length or one length per oblique [µm]
     * @param tips            one total tip count or one count per oblique
     * @return the obliques by increasing branch point
     */
    public static List<Oblique> obliques(int count, double mainBifurcation, double[] at, double[] lengths, int[] tips) {
        EngineException.require(count >= 0, "number of obliques", ">= 0", count);
        EngineException.require(at.length == 0 || at.length == count, "oblique branch points", "one per oblique", at.length);
        EngineException.require(lengths.length == 1 || lengths.length == count, "oblique lengths",
                "one total or one per oblique", lengths.length);
        EngineException.require(tips.length == 1 || tips.length == count, "oblique tips", "one total or one per oblique",
                tips.length);
        List<Oblique> result = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            result.add(new Oblique(at.length > 0 ? at[j] : mainBifurcation * (j + 1) / (count + 1),
                    lengths.length == count ? lengths[j] : lengths[0] / count,
                    tips.length == count ? tips[j] : Math.round((float) tips[0] / count)));
        }
        return result;
    }

    /**
     * An apical dendrite from morphometrics (cells.md §2.4, §3.2, §4.3): obliques evenly spaced
     * with equal shares of their length and tips, tip diameter solved for the mean diameter (or
     * the caller's fallback when it is NaN).
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
        return new ApicalDendrite(trunk, mainBifurcation, obliques(obliques, mainBifurcation, new double[0],
                new double[] {obliqueLength}, new int[] {obliqueTips}), tuftLength, tuftTips, maxPath, Double.NaN,
                meanDiameter, tuftRoot);
    }

    /** @return the summed length of the obliques [µm] */
    public double obliqueLength() {
        return obliques.stream().mapToDouble(Oblique::length).sum();
    }

    /** @return the total apical length [µm] */
    public double totalLength() {
        return mainBifurcation + obliqueLength() + (Double.isNaN(tuftLength) ? tuft(1).totalLength() : tuftLength);
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
            double obliqueLength = obliqueLength();
            tip = BranchingTree.solve(d -> (trunkLengthTimesDiameter(cuts) + obliqueLength * d
                    + tuft(d).lengthTimesDiameter()) / total, meanDiameter, 0.01, 20, "apical mean diameter");
        } else {
            tip = Double.isNaN(tipFallback) ? tuftRootDiameter() : tipFallback;
        }
        int parent = soma;
        double x = 0.5;
        double start = 0;
        int next = 0;
        for (double end : cuts) {
            parent = b.add(SectionType.APICAL, parent, x, SectionGeometry.Cylinder.of(end - start,
                    trunk.mean(start, end)), 0);
            x = 1;
            if (next < obliques.size() && obliques.get(next).at() == end) {
                Oblique o = obliques.get(next++);
                int depth = BranchingTree.depth(1, o.tips());
                new BranchingTree(1, BranchingTree.equalLevels(1, depth, o.length()), BranchingTree.taper(tip, tip, depth))
                        .addTo(b, SectionType.APICAL, parent, 1);
            }
            start = end;
        }
        tuft(tip).addTo(b, SectionType.APICAL, parent, 1);
    }

    /** Trunk section ends: profile points and oblique branch points before the bifurcation, and the bifurcation. */
    private double[] cuts() {
        return DoubleStream.concat(DoubleStream.concat(Arrays.stream(trunk.distance()),
                obliques.stream().mapToDouble(Oblique::at)), DoubleStream.of(mainBifurcation))
                .filter(d -> d > 0 && d <= mainBifurcation).sorted().distinct().toArray();
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
