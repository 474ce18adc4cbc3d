package org.synplast.engine.celltype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.morphology.AscReader;
import org.synplast.engine.morphology.Morphology;

/**
 * The L5 TTPC e-model cADpyr_L5TPC on its own optimisation morphology, the real reconstruction
 * ../shared/testdata/morphologies/L5TPC_C060114A5.asc (CC BY 4.0; skipped when absent), with
 * the 2017+ axon replacement: resting potential and input resistance within 3 SD of the SSCx
 * targets (RMP −77.12 ± 3.66 mV, Rin 53.37 ± 17.12 MΩ), and one somatic AP under the SSCx bAP
 * protocol that attenuates along the apical trunk, overall but not monotonically: along the main
 * apical path it rises locally by more than 1 mV (4.0 mV, from 159.6 to 272.6 µm), within the
 * bound {@link CellTypeBehaviourTest#APICAL_LOCAL_RISE} that the stand-ins are held to.
 *
 * <p>Its proximal basal bAP [Ca]i rise (1.64e−4 mM at the protocol's 50 µm site, a 0.92 µm
 * branch) lies within the decade of the cells.md target that the stand-ins are held to
 * ({@link CellTypeBehaviourTest#proximalBasalCalciumWithinADecadeOfTheSscxTarget}, which also
 * gives its value under the SSCx protocol).
 */
class L5TtpcReconstructionTest {

    @Test
    void emodelOnTheReconstruction() {
        Path dir = Protocols.testdata();
        Path file = dir == null ? null : dir.resolve("morphologies").resolve("L5TPC_C060114A5.asc");
        assumeTrue(file != null && Files.exists(file), "../shared/testdata absent");
        EModel emodel = CellType.L5_TTPC.emodel();
        Morphology m = emodel.axonReplacement().apply(AscReader.read(file));
        CellModel model = emodel.apply(m);
        Protocols.Rest rest = Protocols.rest(model);
        assertTrue(Math.abs(rest.drift()) < 0.05, "settled");
        new Target(-77.12, 3.66).assertWithin(rest.rmp(), CellTypeBehaviourTest.STEADY_SDS, "RMP [mV]");
        new Target(53.37, 17.12).assertWithin(rest.rin(), CellTypeBehaviourTest.STEADY_SDS, "Rin [MΩ]");
        Protocols.Bap bap = Protocols.bap(model.withVInit(rest.rmp()), 10 * 0.3094);
        assertEquals(1, bap.spikes());
        double[] a = bap.apicalAmplitude();
        assertTrue(a[a.length - 1] < 0.5 * a[0], "apical attenuation " + a[a.length - 1] + " / " + a[0]);
        double[] rise = Protocols.largestRise(bap.apicalDistance(), a);
        assertTrue(rise[0] > 1 && rise[0] <= CellTypeBehaviourTest.APICAL_LOCAL_RISE, "apical bAP rises locally by "
                + rise[0] + " mV (" + rise[1] + " -> " + rise[2] + " µm)");
        double basal = bap.calciumRise()[3];
        CellTypeBehaviourTest.assertWithinDecadeOfBasalTarget(basal, "basal 50 µm [Ca]i rise [mM]");
    }
}
