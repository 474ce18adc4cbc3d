package org.synplast.engine.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.synplast.engine.random.RandomStreams;
import org.synplast.engine.random.StreamPurpose;

class GluSynapseTest {

    private static final MechanismConstants K = MechanismConstants.GLUSYNAPSE_V1;
    private static final Switches NMDA_AND_VDCC_BLOCKED = new Switches(true, true, false, false, false);

    /** U = 1, three sites, fast recovery: every spike releases every site. */
    private static SynapseParameters certainRelease(int rho0) {
        return SynapseParameters.of(1.0, 1e-3, 0.0, 3, 1.5, 0.8, 1.74, 0.1, rho0);
    }

    private static GluSynapse synapse(Conditions conditions, Switches switches, SynapseParameters p, Thresholds t) {
        return new GluSynapse(0, SynapseModel.chindemi2022(conditions, switches), p, t, new Well19937c(1));
    }

    private static void clamp(GluSynapse s, double v, double dt, double duration) {
        int steps = (int) Math.round(duration / dt);
        for (int i = 0; i < steps; i++) {
            s.advance(0.0, dt, v);
        }
    }

    @Test
    void aFullReleasePeaksAtExactlyGmax() {
        SynapseParameters p = certainRelease(1);
        GluSynapse ampa = synapse(Conditions.IN_VITRO, new Switches(true, false, false, true, false), p, Thresholds.NONE);
        ampa.receive(0.0);
        assertEquals(3, ampa.lastRelease());
        // the rise and decay variables are advanced exactly, so one step to the peak time lands on it
        double tPeak = SynapseFormulas.peakTime(K.tauRiseAmpa(), p.tauDecayAmpa());
        ampa.advance(tPeak, tPeak, -65.0);
        assertEquals(1e-3 * p.gsyn(), ampa.ampaConductance(), 1e-15 * p.gsyn());
        // and it is the maximum: slightly earlier and later are lower
        GluSynapse nmda = synapse(Conditions.IN_VITRO, Switches.PLASTICITY_OFF, p, Thresholds.NONE);
        nmda.receive(0.0);
        double tPeakNmda = SynapseFormulas.peakTime(K.tauRiseNmda(), K.tauDecayNmda());
        nmda.advance(tPeakNmda, tPeakNmda, -65.0);
        double unblocked = nmda.nmdaConductance(-65.0) / SynapseFormulas.mgBlock(-65.0, 1.0);
        assertEquals(1e-3 * p.gmaxNmda(), unblocked, 1e-14 * p.gmaxNmda());
        nmda.advance(0.0, 0.5, -65.0);
        assertTrue(nmda.nmdaConductance(-65.0) / SynapseFormulas.mgBlock(-65.0, 1.0) < 1e-3 * p.gmaxNmda());
    }

    @Test
    void currentIsTheSumOfAmpaNmdaAndVdccCurrentsOutwardPositive() {
        SynapseParameters p = certainRelease(1);
        GluSynapse s = synapse(Conditions.IN_VITRO, Switches.CONTROL, p, Thresholds.NONE);
        clamp(s, -65.0, 0.025, 50.0);
        s.receive(50.0);
        clamp(s, -40.0, 0.025, 1.0);
        double v = -40.0;
        double m = s.vdccActivation();
        double h = s.vdccInactivation();
        double gVdcc = 1e-3 * K.gcaBar() * SynapseFormulas.sphereArea(p.spineVolume()) * m * m * h;
        double eCa = SynapseFormulas.calciumReversal(34.0, 2.0, s.calcium());
        double expected = s.ampaConductance() * (v - 0.0) + s.nmdaConductance(v) * (v + 3.0) + gVdcc * (v - eCa);
        assertEquals(expected, s.current(0.0, v), 1e-12 * Math.abs(expected));
        assertTrue(s.current(0.0, v) < 0.0, "an EPSC is inward");
    }

    @Test
    void calciumDecaysExponentiallyAfterAPulseAndCStarFollowsAnalytically() {
        GluSynapse s = synapse(Conditions.IN_VITRO, NMDA_AND_VDCC_BLOCKED, certainRelease(1), Thresholds.NONE);
        double pulse = 1e-3; // [mM] above rest at t = 0
        s.setCalcium(K.caRest() + pulse);
        double tauEff = PlasticityParameters.CHINDEMI_2022.tauEffCa();
        double t = 0;
        for (int block = 0; block < 20; block++) {
            clamp(s, -65.0, 0.025, 10.0);
            t += 10.0;
            assertEquals(pulse * Math.exp(-t / K.tauCa()), s.calcium() - K.caRest(), 1e-12 * pulse);
            double cStar = pulse * (Math.exp(-t / K.tauCa()) - Math.exp(-t / tauEff)) / (1 / tauEff - 1 / K.tauCa());
            assertEquals(cStar, s.effectiveCalcium(), 1e-12 * cStar);
        }
    }

    @Test
    void vdccBlockKeepsRestingCalciumExactlyAndOpenVdccMakesItDrift() {
        GluSynapse blocked = synapse(Conditions.IN_VITRO, new Switches(false, true, false, false, false),
                certainRelease(1), Thresholds.NONE);
        clamp(blocked, -65.0, 0.025, 1100.0);
        assertEquals(K.caRest(), blocked.calcium(), 0.0);
        assertEquals(0.0, blocked.effectiveCalcium(), 0.0);
        // v1.0.0 starts the gates at 0; they relax to their steady state and pass a small inward current
        GluSynapse open = synapse(Conditions.IN_VITRO, Switches.CONTROL, certainRelease(1), Thresholds.NONE);
        clamp(open, -65.0, 0.025, 1100.0);
        assertEquals(SynapseFormulas.vdccActivation(-65.0), open.vdccActivation(), 1e-12);
        assertEquals(SynapseFormulas.vdccInactivation(-65.0), open.vdccInactivation(), 1e-12);
        assertTrue(open.calcium() > K.caRest());
        assertTrue(open.effectiveCalcium() > 0.0);
    }

    /**
     * The whole synapse in voltage clamp (-30 mV: NMDA partly unblocked, VDCC active) after a full
     * release, with thresholds crossed up and down: final c*, [Ca]i and ρ converge at 2nd order
     * towards a 1/32-finer reference.
     */
    @Test
    void wholeSynapseConvergesAtSecondOrderThroughThresholdCrossings() {
        SynapseParameters p = certainRelease(0);
        GluSynapse probe = synapse(Conditions.IN_VITRO, Switches.PLASTICITY_OFF, p, Thresholds.NONE);
        double peak = runPairing(probe, 0.003125)[3];
        Thresholds thresholds = new Thresholds(0.35 * peak, 0.6 * peak);
        double[] reference = runPairing(synapse(Conditions.IN_VITRO, Switches.CONTROL, p, thresholds), 0.003125);
        assertTrue(reference[2] > 1e-3, "the pairing potentiates: rho = " + reference[2]);
        double[] previousError = null;
        for (double dt : new double[] {0.1, 0.05, 0.025}) {
            double[] result = runPairing(synapse(Conditions.IN_VITRO, Switches.CONTROL, p, thresholds), dt);
            double[] error = new double[3];
            for (int i = 0; i < 3; i++) {
                error[i] = Math.abs(result[i] - reference[i]) / Math.abs(reference[i]);
            }
            if (previousError != null) {
                for (int i = 0; i < 3; i++) {
                    double ratio = previousError[i] / error[i];
                    assertTrue(ratio > 3.0 && ratio < 5.0, "order 2 expected, error ratio " + ratio + " at dt " + dt);
                }
            }
            previousError = error;
        }
        for (double e : previousError) {
            assertTrue(e < 1e-4, "relative error at dt = 0.025: " + e);
        }
    }

    /** @return {c*, [Ca]i, ρ at 400 ms, peak c*} for one release at 1 ms, clamped at -30 mV */
    private static double[] runPairing(GluSynapse s, double dt) {
        double peak = 0;
        int steps = (int) Math.round(400.0 / dt);
        int release = (int) Math.round(1.0 / dt);
        for (int i = 0; i < steps; i++) {
            if (i == release) {
                s.receive(i * dt);
            }
            s.advance((i + 1) * dt, dt, -30.0);
            peak = Math.max(peak, s.effectiveCalcium());
        }
        return new double[] {s.effectiveCalcium(), s.calcium(), s.rho(), peak};
    }

    @Test
    void meanReleaseOverTrialsFollowsTheDeterministicTsodyksMarkramRecursion() {
        double u = 0.4;
        double d = 150.0;
        double f = 60.0;
        int nrrp = 4;
        int spikes = 8;
        double interval = 25.0;
        int trials = 20_000;
        SynapseParameters p = SynapseParameters.of(u, d, f, nrrp, 1.0, 0.5, 1.74, 0.1, 1);
        SynapseModel model = SynapseModel.chindemi2022(Conditions.IN_VITRO, Switches.PLASTICITY_OFF);
        RandomStreams streams = new RandomStreams(2022L);
        double[] sum = new double[spikes];
        double[] sumSq = new double[spikes];
        for (int trial = 0; trial < trials; trial++) {
            GluSynapse s = new GluSynapse(0, model, p, Thresholds.NONE,
                    streams.synapseStream(StreamPurpose.RELEASE, trial, 0));
            for (int k = 0; k < spikes; k++) {
                s.receive(k * interval);
                sum[k] += s.lastRelease();
                sumSq[k] += (double) s.lastRelease() * s.lastRelease();
            }
        }
        // expectations are linear in the counts, so the mean obeys the deterministic recursion exactly
        double facilitation = 0;
        double recovered = 1; // fraction of sites
        double last = 0;
        for (int k = 0; k < spikes; k++) {
            double dtSpike = k * interval - last;
            facilitation = u + facilitation * (1 - u) * Math.exp(-dtSpike / f);
            recovered = 1 - (1 - recovered) * Math.exp(-dtSpike / d);
            double expected = nrrp * facilitation * recovered;
            recovered -= facilitation * recovered;
            last = k * interval;
            double mean = sum[k] / trials;
            double se = Math.sqrt((sumSq[k] / trials - mean * mean) / trials);
            assertEquals(expected, mean, 5 * se, "spike " + k);
        }
    }

    @Test
    void nmdaBlockRemovesNmdaConductanceAndItsCalcium() {
        SynapseParameters p = certainRelease(1);
        GluSynapse blocked = synapse(Conditions.IN_VITRO, new Switches(true, false, false, false, false), p,
                Thresholds.NONE);
        GluSynapse noSpike = synapse(Conditions.IN_VITRO, Switches.CONTROL, p, Thresholds.NONE);
        GluSynapse control = synapse(Conditions.IN_VITRO, Switches.CONTROL, p, Thresholds.NONE);
        blocked.receive(0.0);
        control.receive(0.0);
        clamp(blocked, -30.0, 0.025, 50.0);
        clamp(noSpike, -30.0, 0.025, 50.0);
        clamp(control, -30.0, 0.025, 50.0);
        assertEquals(0.0, blocked.nmdaConductance(-30.0));
        assertEquals(noSpike.calcium(), blocked.calcium(), 0.0);
        assertTrue(control.calcium() > blocked.calcium());
    }

    @Test
    void mk801EmulationRemovesDepressionAndPlasticityOffFreezesEfficacy() {
        SynapseParameters p = certainRelease(1);
        GluSynapse probe = synapse(Conditions.IN_VITRO, Switches.PLASTICITY_OFF, p, Thresholds.NONE);
        double peak = runPairing(probe, 0.025)[3];
        Thresholds depressionOnly = new Thresholds(0.2 * peak, Double.POSITIVE_INFINITY);
        GluSynapse control = synapse(Conditions.IN_VITRO, Switches.CONTROL, p, depressionOnly);
        GluSynapse mk801 = synapse(Conditions.IN_VITRO, new Switches(false, false, true, false, false), p,
                depressionOnly);
        GluSynapse off = synapse(Conditions.IN_VITRO, Switches.PLASTICITY_OFF, p, depressionOnly);
        double[] c = runPairing(control, 0.025);
        runPairing(mk801, 0.025);
        double[] o = runPairing(off, 0.025);
        assertTrue(control.rho() < 0.99, "control depresses: rho = " + control.rho());
        assertEquals(1.0, mk801.rho(), 0.0);
        assertEquals(1.0, off.rho(), 0.0);
        assertEquals(p.up(), off.releaseProbability(), 0.0);
        assertEquals(p.gp(), off.gmaxAmpa(), 0.0);
        // c* does not depend on plasticity in voltage clamp
        assertEquals(c[0], o[0], 1e-15);
    }

    @Test
    void extracellularCalciumScalesReleaseProbabilitiesWithACap() {
        SynapseParameters p = SynapseParameters.of(0.3, 500.0, 20.0, 2, 1.0, 0.5, 1.74, 0.1, 0);
        GluSynapse vivo = synapse(Conditions.IN_VIVO, Switches.CONTROL, p, Thresholds.NONE);
        assertEquals(0.3 * SynapseFormulas.hillScale(1.2), vivo.releaseProbability(), 1e-15);
        GluSynapse high = synapse(new Conditions(2.5, 1.0, 34.0), Switches.CONTROL,
                SynapseParameters.of(0.6, 500.0, 20.0, 2, 1.0, 0.5, 1.74, 0.1, 0), Thresholds.NONE);
        assertEquals(1.0, high.releaseProbability(), 0.0);
        // calibration of c_pre: the potentiated synapse, every site released whatever U_SE and recovery
        GluSynapse calibration = synapse(Conditions.IN_VIVO, Switches.C_PRE_CALIBRATION, p.potentiated(),
                Thresholds.NONE);
        assertEquals(1.0, calibration.rho(), 0.0);
        assertEquals(p.gp(), calibration.gmaxAmpa(), 0.0);
        assertEquals(p.up() * SynapseFormulas.hillScale(1.2), calibration.releaseProbability(), 1e-15);
        for (int k = 0; k < 5; k++) {
            calibration.receive(k);
            assertEquals(2, calibration.lastRelease());
        }
        // with Tsodyks–Markram release, U = 1 empties every site and nothing recovers within 1 µs
        GluSynapse stochastic = synapse(Conditions.IN_VITRO, Switches.CONTROL,
                SynapseParameters.of(1.0, 1e6, 0.0, 2, 1.0, 0.5, 1.74, 0.1, 1), Thresholds.NONE);
        stochastic.receive(0.0);
        assertEquals(2, stochastic.lastRelease());
        stochastic.receive(0.001);
        assertEquals(0, stochastic.lastRelease());
    }

    @Test
    void fastForwardUsesTheScaledPotentiatedValues() {
        SynapseParameters p = certainRelease(0);
        GluSynapse probe = synapse(Conditions.IN_VIVO, Switches.PLASTICITY_OFF, p, Thresholds.NONE);
        double peak = runPairing(probe, 0.025)[3];
        GluSynapse s = synapse(Conditions.IN_VIVO, Switches.CONTROL, p, new Thresholds(1e9, 0.05 * peak));
        runPairing(s, 0.025);
        assertTrue(s.rho() > 0.5 && s.rho() < 1.0, "rho = " + s.rho());
        s.fastForward();
        assertEquals(1.0, s.rho());
        assertEquals(Math.min(1.0, p.up() * SynapseFormulas.hillScale(1.2)), s.releaseProbability(), 1e-15);
        assertEquals(p.gp(), s.gmaxAmpa(), 1e-15);
        assertNotEquals(p.gsyn(), s.gmaxAmpa());
    }

    @Test
    void initializeRestoresTheInitialState() {
        GluSynapse s = synapse(Conditions.IN_VITRO, Switches.CONTROL, certainRelease(1), Thresholds.NONE);
        s.receive(0.0);
        clamp(s, -30.0, 0.025, 20.0);
        s.initialize(-65.0);
        assertEquals(K.caRest(), s.calcium());
        assertEquals(0.0, s.effectiveCalcium());
        assertEquals(0.0, s.ampaConductance());
        assertEquals(0.0, s.vdccActivation());
        assertThrows(IllegalArgumentException.class, () -> {
            s.receive(5.0);
            s.receive(4.0);
        });
    }
}
