package org.synplast.engine.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.synplast.engine.cable.PulseTrain;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.mechanism.RateEvaluation;

/**
 * The fixed-step hot loop (channel gate updates and currents, calcium pools, the cable step) gives
 * bit for bit the numbers recorded from the engine before its speed-ups (commit 44b7164): a spiking
 * L5 TTPC, 12 somatic 3 ms, 4 nA pulses at 40 Hz over 320 ms at dt 0.025 ms, with exact and with
 * tabulated rates. Recorded: every spike time, the final somatic voltage and distal [Ca]i, and a
 * 64-bit digest of the bits of v and [Ca]i in every compartment after every step. Any change in a
 * floating-point operation or its order in any compartment changes the digest.
 *
 * <p>The recorded numbers come from x86-64 HotSpot 17, whose {@code Math.exp}, {@code log},
 * {@code pow} and {@code expm1} the model calls; where those give other bits (another platform) the
 * recorded numbers do not apply and the test is skipped.
 */
class RecordedL5ttpcRunTest {

    private static final double DT = 0.025; // [ms]
    private static final double T_STOP = 320; // [ms]
    private static final long MATH_FINGERPRINT = 0x25b42dde56bdf40cL;

    /** What a run is compared by. */
    record Outcome(long digest, double[] spikes, double somaV, double distalCai) {
    }

    @Test
    void exactRatesGiveTheRecordedNumbers() {
        assumeRecordingPlatform();
        check(RateEvaluation.EXACT, new Outcome(0x334b8af3932c4812L, new double[] {22.061161259956705, 46.49448932271391,
            72.36385927883707, 123.77924635207044, 248.1121749470853}, -80.94399444932174, 2.584884315811944E-4));
    }

    @Test
    void tabulatedRatesGiveTheRecordedNumbers() {
        assumeRecordingPlatform();
        check(RateEvaluation.TABULATED, new Outcome(0xf89800459516b648L, new double[] {22.061161184881367,
            46.494489255794576, 72.36385912841664, 123.7792458774177, 248.1121745976343}, -80.94399385985247,
            2.584884249497929E-4));
    }

    private static void check(RateEvaluation rates, Outcome recorded) {
        Outcome now = run(rates);
        assertArrayEquals(recorded.spikes(), now.spikes(), rates + ": spike times [ms]");
        assertEquals(recorded.somaV(), now.somaV(), 0, rates + ": final somatic voltage [mV]");
        assertEquals(recorded.distalCai(), now.distalCai(), 0, rates + ": final distal [Ca]i [mM]");
        assertEquals(Long.toHexString(recorded.digest()), Long.toHexString(now.digest()),
                rates + ": digest of v and [Ca]i over all compartments and steps");
    }

    /**
     * @param rates the rate evaluation
     * @return the run's spikes, final values and digest
     */
    static Outcome run(RateEvaluation rates) {
        Cell cell = Cell.of(CellType.L5_TTPC.model());
        Simulation sim = new Simulation(cell, DT, rates);
        sim.add(new PulseTrain(cell.soma(), 20, 3, 4.0, 25, 12));
        sim.initialize();
        double[] v = sim.membrane().v();
        double[] cai = sim.membrane().ions().cai();
        long digest = 1;
        long steps = Math.round(T_STOP / DT);
        for (long s = 0; s < steps; s++) {
            sim.advance();
            for (int c = 0; c < v.length; c++) {
                digest = 31 * digest + Double.doubleToRawLongBits(v[c]);
                digest = 31 * digest + Double.doubleToRawLongBits(cai[c]);
            }
        }
        int distal = cai.length - 1;
        while (!sim.membrane().ions().calciumDynamic(distal)) {
            distal--;
        }
        return new Outcome(digest, sim.spikeTimes(), v[cell.soma()], cai[distal]);
    }

    /** @return a digest of the bits of the Math functions the channels and pools call */
    static long mathFingerprint() {
        long h = 1;
        for (int i = 0; i < 2000; i++) {
            h = 31 * h + Double.doubleToRawLongBits(Math.exp(-20 + 0.02 * i));
            h = 31 * h + Double.doubleToRawLongBits(Math.expm1(-5 + 0.005 * i));
            h = 31 * h + Double.doubleToRawLongBits(Math.log(1e-6 + 1e-3 * i));
            h = 31 * h + Double.doubleToRawLongBits(Math.pow(1e-4 + 1e-3 * i, 4.8));
        }
        return h;
    }

    private static void assumeRecordingPlatform() {
        Assumptions.assumeTrue(mathFingerprint() == MATH_FINGERPRINT,
                "Math.exp/expm1/log/pow give other bits than on the recording platform (x86-64 HotSpot 17)");
    }
}
