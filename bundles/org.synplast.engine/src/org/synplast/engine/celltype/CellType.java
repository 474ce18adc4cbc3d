package org.synplast.engine.celltype;

import org.synplast.engine.cell.CellModel;
import org.synplast.engine.morphology.ApicalDendrite;
import org.synplast.engine.morphology.DendriteTrees;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.ParametricMorphology;
import org.synplast.engine.morphology.Profile;

/**
 * The shipped cell types: an e-model of cells.md applied to a parametric stand-in of the
 * reconstruction it belongs with (see the package documentation for the choice of generation).
 * Stem diameters given as a range in cells.md are taken at the range's midpoint. The same
 * stand-ins are stated in the language in dsl-examples/lib/morphologies.synplast, and the whole
 * cell types in dsl-examples/lib/cells.synplast (LibraryStandInsTest in the compiler tests asserts
 * that they compile to these models: morphology, compartments, regions, mechanisms with every
 * parameter, temperature, v_init, spike threshold, distance origin).
 */
public enum CellType {

    /**
     * L5 thick-tufted pyramidal cell: cADpyr_L5TPC (2017+) on a stand-in of C060114A5 (cells.md
     * §2.3, §2.4), with that reconstruction's 14 obliques at their measured branch points, lengths
     * and tips.
     */
    L5_TTPC(EModels.CADPYR_L5TPC, ParametricMorphology.standIn(23.0,
            DendriteTrees.measured(9, 4852, 42, 268, 1.835, 1.14),
            new ApicalDendrite(Profile.of(0, 5.96, 25, 3.21, 50, 2.75, 100, 2.29), 671,
                    ApicalDendrite.obliques(14, 671, Obliques.AT, Obliques.LENGTH, Obliques.TIPS), 4873, 29, 1181,
                    Double.NaN, 1.17, Double.NaN),
            Profile.of(0, 2.29, 60, 1.83))),

    /**
     * L2/3 pyramidal cell: cADpyr229 (2015) on a stand-in of dend-C170897A-P3_axon-C260897C-P4
     * (cells.md §3.1, §3.2; the tuft starts at the measured 0.67 µm). Its 4 obliques are spaced
     * evenly along the 212 µm trunk (branch points 42.4, 84.8, 127.2, 169.6 µm), 237.25 µm and 2
     * tips each: cells.md gives only their count and total length (949 µm; 7 tips by difference
     * of the apical and tuft tips, rounded to 8), no branch points or single lengths, and the
     * reconstruction is not in ../shared/testdata to measure them on.
     */
    L23_PC(EModels.CADPYR229, ParametricMorphology.standIn(12.9,
            DendriteTrees.measured(4, 3910, 35, 297, 1.33, 0.63),
            ApicalDendrite.measured(Profile.of(0, 2.0, 25, 2.0, 25, 1.33), 212, 4, 949, 12 - 5, 1019, 5, 470, 0.67, 0.67),
            Profile.of(0, 1.33, 2, 1.33, 2, 0.66))),

    /**
     * L4 spiny stellate cell: cADpyr_L4UPC (2017+), the postsynaptic e-model of the EModelRunner
     * plasticity example, on a stand-in of its morphology dend-C120398A-P3_axon-sm100429a1-5
     * (cells.md §4.2, §4.3; no apical dendrite).
     */
    L4_SSC(EModels.CADPYR_L4UPC, ParametricMorphology.standIn(16.3,
            DendriteTrees.measured(6, 3213, 30, 327, 1.995, 0.90), null, Profile.of(0, 1.33, 60, 0.66))),

    /**
     * L4 pyramidal cell: cADpyr_L4TPC (2017+), the presynaptic e-model of the EModelRunner
     * plasticity example, on a stand-in of the only public L4 pyramidal morphology with an apical
     * dendrite, dend-C231296A-P4B2_axon-C200897C-P2 (cells.md §4.2, §4.3; its apical mean
     * diameter is not given, so obliques and tuft tips take the basal tip diameter). Its 5 obliques
     * are spaced evenly along the 586 µm trunk (every 97.7 µm), 207.8 µm and 2 tips each: cells.md
     * gives only their count and total length (1039 µm; 11 tips by difference, rounded to 10), no
     * branch points or single lengths, and the reconstruction is not in ../shared/testdata.
     */
    L4_PC(EModels.CADPYR_L4TPC, ParametricMorphology.standIn(16.3,
            DendriteTrees.measured(5, 1644, 19, 179, 1.2, 0.68),
            ApicalDendrite.measured(Profile.of(0, 3.6, 3, 2.4, 33, 1.8, 200, 1.8, 200, 1.2), 586, 5, 1039, 15 - 4, 120, 4, 655,
                    Double.NaN, Double.NaN),
            Profile.of(0, 1.33, 5, 1.33, 5, 0.67)));

    private final EModel emodel;
    private final ParametricMorphology standIn;

    CellType(EModel emodel, ParametricMorphology standIn) {
        this.emodel = emodel;
        this.standIn = standIn;
    }

    /** @return the e-model */
    public EModel emodel() {
        return emodel;
    }

    /** @return the stand-in's parameters */
    public ParametricMorphology standIn() {
        return standIn;
    }

    /** @return the stand-in morphology with the axon replaced as the e-model's generation does */
    public Morphology morphology() {
        return emodel.axonReplacement().apply(standIn.build());
    }

    /** @return the cell model: the e-model on the stand-in morphology */
    public CellModel model() {
        return emodel.apply(morphology());
    }

    /**
     * The obliques of C060114A5 (../shared/testdata/morphologies/L5TPC_C060114A5.asc), measured
     * by cells.md §2.4's method (trunk = child reaching highest, main bifurcation at 671 µm): branch
     * points [µm] from the soma centre, summed lengths [µm] and tips, by increasing branch point.
     * All but the last leave the trunk within 320 µm; they total 3711.6 µm (cells.md: 3712) and 33
     * tips (62 apical tips, 29 in the tuft). StandInMorphologyTest measures them on the file.
     */
    private static final class Obliques {
        static final double[] AT = {1.7, 22.6, 35.6, 99.7, 139.3, 179.9, 185.0, 197.2, 200.9, 215.8, 258.9, 286.3, 316.6,
            556.8};
        static final double[] LENGTH = {340.4, 496.2, 510.3, 882.8, 43.9, 192.7, 41.0, 252.8, 92.5, 363.8, 166.7, 162.5,
            132.5, 33.5};
        static final int[] TIPS = {3, 5, 4, 6, 1, 1, 1, 2, 2, 2, 1, 2, 2, 1};

        private Obliques() {
        }
    }
}
