package org.synplast.engine.celltype;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.synplast.engine.EngineException;
import org.synplast.engine.morphology.AxonReplacement;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

/**
 * A parametric stand-in for a reconstruction that cannot be shipped, built only from its
 * morphometrics (cells.md §2.4, §3.2, §4.3, §5) as stylised cylinders:
 * <ul>
 * <li>soma: one cylinder with length = diameter = the contour's xy-area-equivalent diameter
 * (lateral area π d², the area of a sphere of that diameter);</li>
 * <li>basal: {@link DendriteTrees}, all stems on soma(0.5);</li>
 * <li>apical (optional): {@link ApicalDendrite} on soma(0.5); oblique and tuft tips take the
 * basal tip diameter where the apical mean diameter was not measured;</li>
 * <li>axon: a 120 µm stand-in of the reconstruction's initial axon, cylinders following its
 * diameter profile (cut at the profile's points and every 6 µm, the resolution at which the
 * axon replacements sample diameters), to be replaced by the generation's
 * {@link AxonReplacement}.</li>
 * </ul>
 *
 * @param basis        the reconstruction whose morphometrics are used (documentation)
 * @param somaDiameter [µm]
 * @param basal        the basal trees
 * @param apical       the apical dendrite, or {@code null} for a stellate cell
 * @param axon         diameter profile of the first 60 µm of the reconstruction's axon
 */
public record StandInMorphology(String basis, double somaDiameter, DendriteTrees basal, ApicalDendrite apical, Profile axon) {

    /** Validates. */
    public StandInMorphology {
        EngineException.require(somaDiameter > 0, "soma diameter", "positive", somaDiameter);
        EngineException.require(basal != null && axon != null, "basal trees and axon profile", "set", null);
    }

    /** Length of the stand-in's initial axon [µm]: twice the 60 µm that the replacements sample. */
    public static final double AXON_LENGTH = 120;
    private static final double AXON_PIECE = 6; // [µm]

    /** @return the section tree with the stand-in initial axon, before axon replacement */
    public Morphology build() {
        SectionTreeBuilder b = new SectionTreeBuilder();
        int soma = b.add(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(somaDiameter, somaDiameter), 0);
        double[] cuts = DoubleStream.concat(Arrays.stream(axon.distance()),
                IntStream.rangeClosed(1, (int) (AXON_LENGTH / AXON_PIECE)).mapToDouble(i -> i * AXON_PIECE))
                .filter(x -> x > 0 && x <= AXON_LENGTH).sorted().distinct().toArray();
        int parent = soma;
        double start = 0;
        for (double end : cuts) {
            parent = b.add(SectionType.AXON, parent, 1,
                    SectionGeometry.Cylinder.of(end - start, axon.mean(start, end)), 0);
            start = end;
        }
        BranchingTree tree = basal.tree();
        for (int i = 0; i < basal.trees(); i++) {
            tree.addTo(b, SectionType.BASAL, soma, 0.5);
        }
        if (apical != null) {
            double[] d = tree.levelDiameter();
            apical.addTo(b, soma, d[d.length - 1]);
        }
        return b.build();
    }
}
