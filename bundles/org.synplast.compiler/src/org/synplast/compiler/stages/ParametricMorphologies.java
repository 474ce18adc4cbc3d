package org.synplast.compiler.stages;

import java.util.Arrays;
import java.util.Optional;

import org.synplast.compiler.canonical.Canonical;
import org.synplast.compiler.canonical.ElementTable;
import org.synplast.engine.EngineException;
import org.synplast.engine.morphology.ApicalDendrite;
import org.synplast.engine.morphology.DendriteTrees;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.ParametricMorphology;
import org.synplast.engine.morphology.Profile;

/**
 * Maps the language's parametric morphology onto the engine's one parametric builder,
 * {@link ParametricMorphology}, key by key (the catalogue's morphology block documents each):
 * {@code soma.length/diameter}; the initial axon's {@code length} and {@code diameter} (one or a
 * list at {@code diameter_at}); {@code basal} trees from {@code trees}, {@code length} (maximal
 * path), {@code total_length}, {@code tips} or {@code branch_order} (tips = trees·2^order),
 * {@code diameter} and {@code tip_diameter} or {@code mean_diameter}; an {@code apical} trunk of
 * {@code trunk_length} with a diameter profile, {@code obliques} ({@code oblique_at}; their
 * {@code oblique_length} and {@code oblique_tips} as totals or one per oblique) and a tuft of {@code tips} or {@code branch_order}
 * (tips = 2^order) with {@code tuft_length} and {@code tuft_diameter}, reaching {@code length}.
 * Unset optional quantities are NaN for the engine, which then applies its documented default.
 * A basal or apical block exists when any of its keys is set.
 */
final class ParametricMorphologies {

    private static final double NAN = Double.NaN;

    private ParametricMorphologies() {
    }

    /**
     * @param morph a morphology element without a file, with the soma and axon defaults filled in
     * @return the morphology parameters
     * @throws EngineException if the description cannot be built
     */
    static ParametricMorphology parameters(ElementTable morph) {
        return new ParametricMorphology(required(morph, "soma.length"), required(morph, "soma.diameter"),
                required(morph, "axon.length"), profile(morph, "axon"), basal(morph), apical(morph));
    }

    /**
     * @param morph a morphology element without a file
     * @return the section tree, before any axon replacement
     */
    static Morphology build(ElementTable morph) {
        return parameters(morph).build();
    }

    private static DendriteTrees basal(ElementTable morph) {
        if (morph.below("basal").isEmpty()) {
            return null;
        }
        int trees = (int) num(morph, "basal.trees", 1);
        int tips = Tables.number(morph, "basal.tips").map(Double::intValue)
                .orElse(trees << (int) num(morph, "basal.branch_order", 0));
        return new DendriteTrees(trees, num(morph, "basal.total_length", NAN), tips, required(morph, "basal.length"),
                required(morph, "basal.diameter"), num(morph, "basal.tip_diameter", NAN),
                num(morph, "basal.mean_diameter", NAN));
    }

    private static ApicalDendrite apical(ElementTable morph) {
        if (morph.below("apical").isEmpty()) {
            return null;
        }
        int obliques = (int) num(morph, "apical.obliques", 0);
        double trunk = required(morph, "apical.trunk_length");
        int tips = Tables.number(morph, "apical.tips").map(Double::intValue)
                .orElse(1 << (int) num(morph, "apical.branch_order", 1));
        int[] obliqueTips = numbers(morph, "apical.oblique_tips").map(t -> Arrays.stream(t).mapToInt(x -> (int) x).toArray())
                .orElse(new int[] {obliques});
        return new ApicalDendrite(profile(morph, "apical"), trunk, ApicalDendrite.obliques(obliques, trunk,
                numbers(morph, "apical.oblique_at").orElse(new double[0]),
                numbers(morph, "apical.oblique_length").orElse(new double[] {0}), obliqueTips),
                num(morph, "apical.tuft_length", NAN), tips, required(morph, "apical.length"),
                num(morph, "apical.tip_diameter", NAN), num(morph, "apical.mean_diameter", NAN),
                num(morph, "apical.tuft_diameter", NAN));
    }

    /** A block's {@code diameter} (one number, or a list at {@code diameter_at}) as a profile. */
    private static Profile profile(ElementTable morph, String block) {
        Optional<double[]> diameters = numbers(morph, block + ".diameter");
        EngineException.require(diameters.isPresent(), block + ".diameter", "set", "unset");
        Optional<double[]> at = numbers(morph, block + ".diameter_at");
        EngineException.require(at.isPresent() || diameters.get().length == 1, block + ".diameter_at",
                "set for a list of diameters", "unset");
        return new Profile(at.orElse(new double[] {0}), diameters.get());
    }

    /** One number or a list of numbers at a path. */
    private static Optional<double[]> numbers(ElementTable t, String path) {
        Optional<Canonical> v = t.get(path);
        if (v.isPresent() && v.get() instanceof Canonical.Listing l) {
            return Optional.of(l.values().stream().mapToDouble(x -> ((Canonical.Num) x).value()).toArray());
        }
        return Tables.number(t, path).map(x -> new double[] {x});
    }

    private static double required(ElementTable t, String path) {
        Optional<Double> v = Tables.number(t, path);
        EngineException.require(v.isPresent(), path, "set", "unset");
        return v.get();
    }

    private static double num(ElementTable t, String path, double fallback) {
        return Tables.number(t, path).orElse(fallback);
    }
}
