package org.synplast.engine.morphology;

import java.util.ArrayList;
import java.util.List;

import org.synplast.engine.EngineException;

/**
 * A built-in parametric morphology (the stand-in cells the language describes, cells.md §5):
 * a cylindrical soma, a tapered axon, {@code basalStems} identical basal trees arranged around
 * the soma, and an optional apical dendrite (trunk with obliques and a tuft). Every neurite is a
 * traced section whose diameter changes linearly from its start to its end (taper); the number
 * of compartments is the cell model's {@code Discretization} (explicit count or d_lambda).
 * Apply an {@link AxonReplacement} to the result for the e-models' stubs: it samples the
 * diameters of this axon.
 *
 * @param soma       the soma
 * @param axon       the axon
 * @param basalStems number of basal trees, ≥ 0
 * @param basal      the shape of each basal tree
 * @param apical     the apical dendrite, or null for none (stellate cells)
 */
public record ParametricMorphology(Soma soma, Axon axon, int basalStems, Tree basal, Apical apical) {

    /** Validates. */
    public ParametricMorphology {
        EngineException.require(soma != null && axon != null, "soma and axon", "set", null);
        EngineException.require(basalStems >= 0, "number of basal stems", ">= 0", basalStems);
        EngineException.require(basalStems == 0 || basal != null, "basal tree", "set when there are basal stems", null);
    }

    /**
     * A cylindrical soma along y (length = diameter gives the area of the sphere of that diameter).
     *
     * @param length   [µm]
     * @param diameter [µm]
     */
    public record Soma(double length, double diameter) {
        /** Validates. */
        public Soma {
            EngineException.require(length > 0 && diameter > 0, "soma length and diameter", "positive", length + ", " + diameter);
        }
    }

    /**
     * An unbranched axon leaving the soma downwards.
     *
     * @param length        [µm]
     * @param startDiameter [µm]
     * @param endDiameter   [µm]
     */
    public record Axon(double length, double startDiameter, double endDiameter) {
        /** Validates. */
        public Axon {
            EngineException.require(length > 0 && startDiameter > 0 && endDiameter > 0, "axon length and diameters", "positive",
                    length + ", " + startDiameter + ", " + endDiameter);
        }
    }

    /**
     * A symmetric binary tree: a stem, then {@code levels} generations of bifurcations, every
     * branch of length {@code branchLength}; diameters fall linearly with depth from
     * {@code stemDiameter} to {@code tipDiameter}. Total length
     * {@code stemLength + branchLength·(2^(levels+1) − 2)}, {@code 2^levels} tips.
     *
     * @param stemLength   [µm], positive
     * @param stemDiameter [µm] at the start of the stem
     * @param levels       bifurcation generations, 0..12
     * @param branchLength [µm]
     * @param tipDiameter  [µm] at the tips
     * @param angle        half-angle between sister branches [rad]
     */
    public record Tree(double stemLength, double stemDiameter, int levels, double branchLength, double tipDiameter, double angle) {
        /** Validates. */
        public Tree {
            EngineException.require(stemLength > 0 && stemDiameter > 0 && tipDiameter > 0, "tree stem length and diameters",
                    "positive", stemLength + ", " + stemDiameter + ", " + tipDiameter);
            EngineException.require(levels >= 0 && levels <= 12, "bifurcation levels", "in 0..12", levels);
            EngineException.require(levels == 0 || branchLength > 0, "branch length", "positive", branchLength);
        }

        /** @return the summed length of all branches [µm] */
        public double totalLength() {
            return stemLength + branchLength * ((1L << (levels + 1)) - 2);
        }

        /** @return the number of terminal branches */
        public int tips() {
            return 1 << levels;
        }
    }

    /**
     * An apical dendrite: a trunk along +y whose diameter tapers from {@code startDiameter} to
     * {@code trunkDiameter} over its first {@code taperLength} µm and then stays constant,
     * {@code obliques} side trees evenly spaced along the trunk on alternating sides, and a tuft
     * tree at the trunk's end (the main bifurcation).
     *
     * @param trunkLength   [µm] path length to the main bifurcation
     * @param startDiameter [µm]
     * @param taperLength   [µm], less than the distance to the first oblique
     * @param trunkDiameter [µm]
     * @param obliques      number of oblique trees, ≥ 0
     * @param oblique       their shape
     * @param tuft          the tuft's shape
     */
    public record Apical(double trunkLength, double startDiameter, double taperLength, double trunkDiameter, int obliques,
            Tree oblique, Tree tuft) {
        /** Validates. */
        public Apical {
            EngineException.require(trunkLength > 0 && startDiameter > 0 && trunkDiameter > 0, "trunk length and diameters",
                    "positive", trunkLength + ", " + startDiameter + ", " + trunkDiameter);
            EngineException.require(obliques >= 0, "number of obliques", ">= 0", obliques);
            EngineException.require(obliques == 0 || oblique != null, "oblique tree", "set when there are obliques", null);
            EngineException.require(tuft != null, "tuft", "set", null);
            EngineException.require(taperLength >= 0 && taperLength < trunkLength / (obliques + 1), "trunk taper length",
                    "in [0, trunk length / (obliques + 1))", taperLength);
        }
    }

    /**
     * An L5 thick-tufted pyramidal cell from cells.md §2.4/§5: soma 23 µm; axon 60 µm tapering
     * 2.29 → 1.83 µm; 9 basal trees of 528 µm (4.75 mm, 36 tips, 196 µm reach); apical trunk 650 µm
     * tapering 6 → 2.5 µm over 40 µm, 12 obliques of 310 µm (3.7 mm), a 16-tip tuft of 4.55 mm
     * reaching 1300 µm path distance.
     *
     * @return the morphology parameters
     */
    public static ParametricMorphology l5ttpc() {
        return new ParametricMorphology(new Soma(23, 23), new Axon(60, 2.29, 1.83), 9, new Tree(30, 1.8, 2, 83, 0.6, 0.5),
                new Apical(650, 6, 40, 2.5, 12, new Tree(150, 1.0, 1, 80, 0.5, 0.4), new Tree(50, 2.0, 4, 150, 0.6, 0.35)));
    }

    /**
     * An L2/3 pyramidal cell from cells.md §3.2: soma 13 µm; axon 60 µm 1.33 → 0.66 µm; 4 basal
     * trees of 975 µm (3.9 mm, 32 tips, 285 µm reach); apical trunk 212 µm 2 → 1.33 µm, 4 obliques
     * of 237 µm, a 4-tip tuft of 1 mm.
     *
     * @return the morphology parameters
     */
    public static ParametricMorphology l23pc() {
        return new ParametricMorphology(new Soma(13, 13), new Axon(60, 1.33, 0.66), 4, new Tree(15, 1.33, 3, 69, 0.5, 0.5),
                new Apical(212, 2, 25, 1.33, 4, new Tree(77, 0.8, 1, 40, 0.5, 0.4), new Tree(40, 0.8, 2, 163, 0.5, 0.4)));
    }

    /**
     * An L4 spiny stellate cell from cells.md §4.3: soma 15 µm; axon 60 µm 0.83 → 0.67 µm; 5 basal
     * trees of 1030 µm (5.2 mm, 40 tips, 310 µm reach); no apical dendrite.
     *
     * @return the morphology parameters
     */
    public static ParametricMorphology l4ssc() {
        return new ParametricMorphology(new Soma(15, 15), new Axon(60, 0.83, 0.67), 5, new Tree(20, 2.0, 3, 72, 0.5, 0.5), null);
    }

    /** @return the section tree */
    public Morphology build() {
        List<Section> sections = new ArrayList<>();
        double h = soma.length / 2;
        sections.add(Section.of(SectionType.SOMA, -1, 0, trace(new double[] {0, -h, 0}, new double[] {0, 1, 0}, soma.length,
                soma.diameter, soma.diameter)));
        sections.add(Section.of(SectionType.AXON, 0, 0, trace(new double[] {0, -h, 0}, new double[] {0, -1, 0}, axon.length,
                axon.startDiameter, axon.endDiameter)));
        for (int k = 0; k < basalStems; k++) {
            double phi = Math.PI * (1.25 + 0.5 * k / Math.max(1, basalStems - 1) * 3) / 2;
            double[] dir = {Math.cos(phi), Math.sin(phi), 0};
            addTree(sections, basal, SectionType.BASAL, 0, 0.5, new double[] {soma.diameter / 2 * dir[0], soma.diameter / 2 * dir[1], 0},
                    dir);
        }
        if (apical != null) {
            addApical(sections);
        }
        return new Morphology(sections);
    }

    private void addApical(List<Section> sections) {
        double y = soma.length / 2;
        int parent = 0;
        double parentX = 1;
        double spacing = apical.trunkLength / (apical.obliques + 1);
        double[] up = {0, 1, 0};
        for (int k = 0; k <= apical.obliques; k++) {
            List<Point3> pts = new ArrayList<>();
            double start = k * spacing;
            pts.add(new Point3(0, y + start, 0, trunkDiameter(start)));
            if (k == 0 && apical.taperLength > 0) {
                pts.add(new Point3(0, y + apical.taperLength, 0, apical.trunkDiameter));
            }
            pts.add(new Point3(0, y + start + spacing, 0, apical.trunkDiameter));
            sections.add(Section.of(SectionType.APICAL, parent, parentX, new SectionGeometry.Trace(pts)));
            parent = sections.size() - 1;
            parentX = 1;
            if (k < apical.obliques) {
                double side = k % 2 == 0 ? 1 : -1;
                double[] dir = {side * Math.cos(0.6), Math.sin(0.6), 0};
                addTree(sections, apical.oblique, SectionType.APICAL, parent, 1, new double[] {0, y + start + spacing, 0}, dir);
            }
        }
        addTree(sections, apical.tuft, SectionType.APICAL, parent, 1, new double[] {0, y + apical.trunkLength, 0}, up);
    }

    private double trunkDiameter(double distance) {
        if (distance >= apical.taperLength) {
            return apical.trunkDiameter;
        }
        return apical.startDiameter + (apical.trunkDiameter - apical.startDiameter) * distance / apical.taperLength;
    }

    private static void addTree(List<Section> sections, Tree tree, SectionType type, int parent, double parentX, double[] origin,
            double[] dir) {
        addBranch(sections, tree, type, parent, parentX, origin, dir, 0, tree.stemLength);
    }

    private static void addBranch(List<Section> sections, Tree tree, SectionType type, int parent, double parentX, double[] origin,
            double[] dir, int depth, double length) {
        double d0 = diameterAt(tree, depth);
        double d1 = diameterAt(tree, depth + 1);
        sections.add(Section.of(type, parent, parentX, trace(origin, dir, length, d0, d1)));
        int me = sections.size() - 1;
        if (depth < tree.levels) {
            double[] end = {origin[0] + length * dir[0], origin[1] + length * dir[1], origin[2] + length * dir[2]};
            for (double sign : new double[] {1, -1}) {
                double a = sign * tree.angle;
                double[] child = {dir[0] * Math.cos(a) - dir[1] * Math.sin(a), dir[0] * Math.sin(a) + dir[1] * Math.cos(a), dir[2]};
                addBranch(sections, tree, type, me, 1, end, child, depth + 1, tree.branchLength);
            }
        }
    }

    private static double diameterAt(Tree tree, int depth) {
        return tree.stemDiameter + (tree.tipDiameter - tree.stemDiameter) * depth / (tree.levels + 1);
    }

    private static SectionGeometry.Trace trace(double[] origin, double[] dir, double length, double d0, double d1) {
        return new SectionGeometry.Trace(List.of(new Point3(origin[0], origin[1], origin[2], d0),
                new Point3(origin[0] + length * dir[0], origin[1] + length * dir[1], origin[2] + length * dir[2], d1)));
    }
}
