package org.synplast.engine.morphology;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.synplast.engine.EngineException;

/**
 * The one built-in parametric morphology: the stand-ins of the shipped cell types and what the
 * language's parametric {@code morphology} blocks compile to. Stylised cylinders:
 * <ul>
 * <li>soma: one cylinder (length = diameter gives the lateral area π d² of the sphere of that
 * diameter);</li>
 * <li>axon: an initial axon of {@code axonLength} following a diameter profile, cut at the
 * profile's points and every 6 µm (the resolution at which the axon replacements sample
 * diameters) into uniform cylinders of the profile's mean diameter, to be replaced by an
 * {@link AxonReplacement};</li>
 * <li>basal (optional): {@link DendriteTrees}, all stems on soma(0.5);</li>
 * <li>apical (optional): {@link ApicalDendrite} on soma(0.5); where neither its tip diameter nor
 * its mean diameter is given, oblique and tuft tips take the basal tip diameter (the tuft's root
 * diameter without basal trees).</li>
 * </ul>
 * Sections are added in this order (soma, axon, basal trees depth first, apical trunk with its
 * obliques, tuft); the number of compartments is left to the cell's discretisation.
 *
 * @param somaLength   [µm]
 * @param somaDiameter [µm]
 * @param axonLength   length of the initial axon [µm]
 * @param axon         its diameter against path distance from the soma
 * @param basal        the basal trees, or {@code null} for none
 * @param apical       the apical dendrite, or {@code null} for none (stellate cells)
 */
public record ParametricMorphology(double somaLength, double somaDiameter, double axonLength, Profile axon,
        DendriteTrees basal, ApicalDendrite apical) {

    /**
     * Length of the stand-ins' initial axon [µm]: twice the 60 µm that the replacements sample,
     * so that the BBP 2015 rule finds a section beyond 60 µm.
     */
    public static final double STAND_IN_AXON_LENGTH = 120;
    private static final double AXON_PIECE = 6; // [µm]

    /** Validates. */
    public ParametricMorphology {
        EngineException.require(somaLength > 0 && somaDiameter > 0, "soma length and diameter", "positive",
                somaLength + ", " + somaDiameter);
        EngineException.require(axonLength > 0 && axon != null, "axon length and profile", "positive and set", axonLength);
    }

    /**
     * A stand-in built from a reconstruction's morphometrics: soma length = diameter (the
     * contour's xy-area-equivalent diameter), a {@value #STAND_IN_AXON_LENGTH} µm initial axon.
     *
     * @param somaDiameter [µm]
     * @param basal        the basal trees
     * @param apical       the apical dendrite, or {@code null}
     * @param axon         diameter profile of the reconstruction's initial axon
     * @return the morphology parameters
     */
    public static ParametricMorphology standIn(double somaDiameter, DendriteTrees basal, ApicalDendrite apical, Profile axon) {
        return new ParametricMorphology(somaDiameter, somaDiameter, STAND_IN_AXON_LENGTH, axon, basal, apical);
    }

    /** @return the section tree with the initial axon, before any axon replacement */
    public Morphology build() {
        SectionTreeBuilder b = new SectionTreeBuilder();
        int soma = b.add(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(somaLength, somaDiameter), 0);
        double[] cuts = DoubleStream.concat(Arrays.stream(axon.distance()),
                IntStream.rangeClosed(1, (int) Math.ceil(axonLength / AXON_PIECE)).mapToDouble(i -> i * AXON_PIECE))
                .map(x -> Math.min(x, axonLength)).filter(x -> x > 0).sorted().distinct().toArray();
        int parent = soma;
        double start = 0;
        for (double end : cuts) {
            parent = b.add(SectionType.AXON, parent, 1, SectionGeometry.Cylinder.of(end - start, axon.mean(start, end)), 0);
            start = end;
        }
        double tipFallback = Double.NaN;
        if (basal != null) {
            BranchingTree tree = basal.tree();
            for (int i = 0; i < basal.trees(); i++) {
                tree.addTo(b, SectionType.BASAL, soma, 0.5);
            }
            double[] d = tree.levelDiameter();
            tipFallback = d[d.length - 1];
        }
        if (apical != null) {
            apical.addTo(b, soma, tipFallback);
        }
        return b.build();
    }
}
