package org.synplast.engine.celltype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synplast.engine.cell.CellModel;

/**
 * Published behaviours of a shipped cell type (cells.md §2.5, §3.3, §4.4), each protocol run once
 * per class: resting potential and input resistance at the steady state; a somatic step of twice
 * the experimental threshold current fires overshooting spikes; the SSCx bAP protocol (a 4 ms step at
 * ten times the threshold current) gives one somatic AP whose amplitude attenuates along the
 * dendrites. RMP and Rin must lie within 3 experimental SD: e-model fits are scored in SD units
 * and the stand-in morphology is not the optimisation morphology. Biological time per class:
 * 3 s at dt = 5 ms (steady states, exact for any dt) and 0.26 s at dt = 0.025 ms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CellTypeBehaviour {

    /** SD allowance for RMP and Rin. */
    static final double STEADY_SDS = 3;
    /** SD allowance for bAP amplitudes at the target distances. */
    static final double BAP_SDS = 2;

    Protocols.Rest rest;
    Protocols.Bap bap;
    Protocols.Firing firing;

    abstract CellType type();

    abstract Target restingPotential();

    abstract Target inputResistance();

    /** @return the experimental threshold current [nA] */
    abstract double thresholdCurrent();

    @BeforeAll
    void runProtocols() {
        CellModel model = type().model();
        rest = Protocols.rest(model);
        CellModel atRest = model.withVInit(rest.rmp());
        bap = Protocols.bap(atRest, 10 * thresholdCurrent());
        firing = Protocols.step(atRest, 2 * thresholdCurrent());
    }

    @Test
    void restingPotentialIsSteadyAndWithinTarget() {
        assertTrue(Math.abs(rest.drift()) < 0.05, "settled: drift " + rest.drift() + " mV");
        restingPotential().assertWithin(rest.rmp(), STEADY_SDS, type() + " RMP [mV]");
    }

    @Test
    void inputResistanceWithinTarget() {
        inputResistance().assertWithin(rest.rin(), STEADY_SDS, type() + " Rin [MΩ]");
    }

    @Test
    void stepOfTwiceThresholdCurrentFiresOvershootingSpikes() {
        double[] t = firing.times();
        assertTrue(t.length >= 1, type() + " spikes: " + t.length);
        assertTrue(t[0] > Protocols.STEP_ONSET && t[0] < Protocols.STEP_ONSET + 100, "first spike at " + t[0]);
        assertTrue(firing.peak() > 0, "overshoot: peak " + firing.peak() + " mV");
    }

    @Test
    void bapIsOneSomaticSpikeAttenuatingAlongTheDendrites() {
        assertEquals(1, bap.spikes(), "one somatic AP");
        assertTrue(bap.somaAmplitude() > 80, "somatic AP amplitude from rest " + bap.somaAmplitude());
        assertAttenuates(bap.basalDistance(), bap.basalAmplitude(), "basal");
        if (bap.apicalAmplitude().length > 0) {
            assertAttenuates(bap.apicalDistance(), bap.apicalAmplitude(), "apical");
        }
    }

    @Test
    void bapRaisesCalciumWhereverAPoolIs() {
        double[] rise = bap.calciumRise();
        if (type().emodel().generation() == Generation.SSCX_2017) {
            // pyr.json: Ca channels and DC0 in soma, axon and dendrites
            assertTrue(rise[0] > 0 && rise[1] > 0, "soma and AIS [Ca]i rise " + rise[0] + ", " + rise[1]);
            assertTrue(rise[3] > 0, "basal [Ca]i rise " + rise[3]);
            if (!Double.isNaN(rise[2])) {
                assertTrue(rise[2] > 0, "apical [Ca]i rise " + rise[2]);
            }
        } else {
            // BBP 2015: pools in soma and axon only
            assertTrue(rise[0] > 0 && rise[1] > 0, "soma and AIS [Ca]i rise " + rise[0] + ", " + rise[1]);
        }
    }

    /** Amplitudes fall along the path (1 mV slack for active boosting) to below 60 % of the first. */
    private void assertAttenuates(double[] distance, double[] amplitude, String where) {
        for (int i = 1; i < amplitude.length; i++) {
            assertTrue(amplitude[i] <= amplitude[i - 1] + 1, where + " bAP grows at " + distance[i] + " µm");
        }
        assertTrue(amplitude[amplitude.length - 1] < 0.6 * amplitude[0], where + " bAP attenuation "
                + amplitude[amplitude.length - 1] + " / " + amplitude[0]);
    }
}
