package org.synplast.compiler.stages;

import java.util.Optional;

import org.synplast.compiler.canonical.ElementTable;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.ParametricMorphology;

/**
 * Maps the language's parametric morphology onto the engine's {@link ParametricMorphology}: a
 * cylindrical soma, a tapered axon, identical symmetric basal trees and an apical dendrite (trunk,
 * obliques, tuft). A tree is given either by {@code stem_length} and {@code branch_length}, or by
 * its reach {@code length} (path length to every tip), split equally between the stem and the
 * {@code branch_order} generations of branches. Without a {@code tuft} block, the apical block's
 * own {@code length}, {@code branch_order} and diameters describe the tuft beyond the trunk.
 */
final class ParametricMorphologies {

    private static final double DEFAULT_ANGLE = 0.5; // [rad], half-angle between sister branches

    private ParametricMorphologies() {
    }

    /**
     * @param morph a morphology element without a file
     * @return the section tree
     */
    static Morphology build(ElementTable morph) {
        ParametricMorphology.Soma soma = new ParametricMorphology.Soma(num(morph, "soma.length", 20),
                num(morph, "soma.diameter", 20));
        double axonDiameter = num(morph, "axon.diameter", 1);
        ParametricMorphology.Axon axon = new ParametricMorphology.Axon(num(morph, "axon.length", 60), axonDiameter,
                num(morph, "axon.tip_diameter", axonDiameter));
        int basalStems = Tables.number(morph, "basal.length").or(() -> Tables.number(morph, "basal.stem_length"))
                .isPresent() ? (int) num(morph, "basal.trees", 1) : 0;
        ParametricMorphology.Tree basal = basalStems == 0 ? null : tree(morph, "basal", Optional.empty());
        return new ParametricMorphology(soma, axon, basalStems, basal, apical(morph)).build();
    }

    private static ParametricMorphology.Apical apical(ElementTable morph) {
        Optional<Double> trunk = Tables.number(morph, "apical.trunk_length");
        if (trunk.isEmpty()) {
            return null;
        }
        double start = num(morph, "apical.diameter", 1);
        int obliques = (int) num(morph, "apical.obliques", 0);
        ParametricMorphology.Tree tuft = morph.get("apical.tuft.stem_length").isPresent()
                || morph.get("apical.tuft.length").isPresent() ? tree(morph, "apical.tuft", Optional.empty())
                        : tree(morph, "apical", trunk);
        return new ParametricMorphology.Apical(trunk.get(), start, num(morph, "apical.taper_length", 0),
                num(morph, "apical.trunk_diameter", start), obliques,
                obliques == 0 ? null : tree(morph, "apical.oblique", Optional.empty()), tuft);
    }

    /**
     * @param block     the tree's block path
     * @param trunk     for the apical block's own tuft: the trunk length to subtract from its reach
     */
    private static ParametricMorphology.Tree tree(ElementTable morph, String block, Optional<Double> trunk) {
        int levels = (int) num(morph, block + ".branch_order", 0);
        double diameter = num(morph, block + ".diameter", 1);
        double tip = num(morph, block + ".tip_diameter", diameter);
        double angle = num(morph, block + ".angle", DEFAULT_ANGLE);
        Optional<Double> stem = Tables.number(morph, block + ".stem_length");
        if (stem.isPresent()) {
            return new ParametricMorphology.Tree(stem.get(), diameter, levels, num(morph, block + ".branch_length", 0),
                    tip, angle);
        }
        double reach = num(morph, block + ".length", 0) - trunk.orElse(0.0);
        double piece = reach / (levels + 1);
        return new ParametricMorphology.Tree(piece, diameter, levels, piece, tip, angle);
    }

    private static double num(ElementTable t, String path, double fallback) {
        return Tables.number(t, path).orElse(fallback);
    }
}
