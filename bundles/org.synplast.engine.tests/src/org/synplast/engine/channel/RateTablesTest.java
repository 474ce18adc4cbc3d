package org.synplast.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cable.PulseTrain;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.mechanism.DensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;
import org.synplast.engine.mechanism.Membrane;
import org.synplast.engine.mechanism.RateEvaluation;

/**
 * {@link RateEvaluation#TABULATED} against the exact rates: one gate update per channel at random
 * voltages and gate values, and a spiking L5 TTPC.
 */
class RateTablesTest {

    private static final double DT = 0.025;

    /**
     * Linear interpolation on a 0.01 mV grid errs by at most h²/8·max|f''|: for the steepest
     * Boltzmann gate of the library (slope 4.6 mV, |x∞''| ≤ 0.1/4.6² mV⁻²) 6e−8 in x∞, and the
     * update multiplies it by the approach factor 1 − exp(−dt/τ) &lt; 1; rate functions with
     * sharper kinks (the piecewise τ of K_Pst) stay within the same bound away from the kink.
     */
    @Test
    void oneGateUpdateMatchesTheExactRatesToInterpolationAccuracy() {
        Random random = new Random(1);
        for (MechanismKind kind : ChannelLibrary.kinds()) {
            DensityMechanism exact = ChannelFixture.single(kind, Map.of());
            if (!(exact instanceof GatedChannel gated)) {
                continue;
            }
            DensityMechanism tabulated = ChannelFixture.single(kind, Map.of());
            tabulated.evaluateRates(RateEvaluation.TABULATED, DT);
            exact.evaluateRates(RateEvaluation.EXACT, DT);
            double worst = 0;
            for (int trial = 0; trial < 2000; trial++) {
                double v = -120 + 170 * random.nextDouble();
                Membrane m = ChannelFixture.membrane(v, DT);
                double[][] a = exact.states();
                double[][] b = tabulated.states();
                for (int j = 0; j < a.length; j++) {
                    a[j][0] = random.nextDouble();
                    b[j][0] = a[j][0];
                }
                exact.advance(m);
                tabulated.advance(m);
                for (int j = 0; j < a.length; j++) {
                    worst = Math.max(worst, Math.abs(a[j][0] - b[j][0]));
                }
            }
            assertTrue(worst < 1e-7, gated.name() + ": largest gate difference " + worst);
        }
    }

    /**
     * A 300 ms train of 12 somatic 4 nA pulses at 40 Hz on the L5 TTPC (643 compartments; it fires
     * 5 spikes, adapting): the tabulated run keeps every spike, each within 1e−5 ms of the exact
     * run's, and the somatic voltage below −50 mV within 1e−3 mV (measured: 1.8e−7 ms and
     * 1.5e−5 mV).
     */
    @Test
    void aSpikingL5ttpcKeepsItsSpikesAndVoltage() {
        Cell cell = Cell.of(CellType.L5_TTPC.model());
        double[][] v = new double[2][];
        double[][] spikes = new double[2][];
        for (RateEvaluation rates : RateEvaluation.values()) {
            Simulation sim = new Simulation(cell, DT, rates);
            sim.add(new PulseTrain(cell.soma(), 20, 3, 4.0, 25, 12));
            var trace = sim.record(sim.probe("v", cell.soma()), 1);
            sim.initialize();
            sim.run(320);
            v[rates.ordinal()] = new double[trace.size()];
            for (int k = 0; k < trace.size(); k++) {
                v[rates.ordinal()][k] = trace.value(k);
            }
            spikes[rates.ordinal()] = sim.spikeTimes();
        }
        assertEquals(spikes[0].length, spikes[1].length);
        assertTrue(spikes[0].length >= 5, "spikes: " + spikes[0].length);
        double worstSpike = 0;
        for (int k = 0; k < spikes[0].length; k++) {
            worstSpike = Math.max(worstSpike, Math.abs(spikes[0][k] - spikes[1][k]));
        }
        double worstSubthreshold = 0;
        for (int k = 0; k < v[0].length; k++) {
            if (v[0][k] < -50) {
                worstSubthreshold = Math.max(worstSubthreshold, Math.abs(v[0][k] - v[1][k]));
            }
        }
        assertTrue(worstSpike < 1e-5, "largest spike time difference [ms] " + worstSpike);
        assertTrue(worstSubthreshold < 1e-3, "largest subthreshold difference [mV] " + worstSubthreshold);
    }
}
