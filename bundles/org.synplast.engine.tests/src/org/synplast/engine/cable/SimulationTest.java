package org.synplast.engine.cable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synplast.engine.EngineException;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.mechanism.Hh;
import org.synplast.engine.mechanism.HhTestAccess;

/** Step order, stimuli timing, events, recording and spike detection. */
class SimulationTest {

    /** Counts the steps in which a wrapped pulse injects current. */
    private static final class Counting implements PointProcess {
        final PointProcess inner;
        int onSteps;

        Counting(PointProcess inner) {
            this.inner = inner;
        }

        @Override
        public int compartment() {
            return inner.compartment();
        }

        @Override
        public double current(double t, double v) {
            double i = inner.current(t, v);
            onSteps += i != 0 ? 1 : 0;
            return i;
        }

        @Override
        public double conductance(double t, double v) {
            return inner.conductance(t, v);
        }
    }

    private static Simulation passiveSoma() {
        return new Simulation(Cell.of(new PassiveCableProblem(20, 20, 1e-4, 100, 1, -70).model(1)));
    }

    /** build-notes.md: IClamp current is evaluated at t + dt/2, so a 3 ms pulse lasts 120 steps of 0.025 ms. */
    @Test
    void threeMillisecondPulseIsOnFor120Steps() {
        Simulation sim = passiveSoma();
        Counting pulse = new Counting(new CurrentPulse(sim.cell().soma(), 5, 3, 0.1));
        sim.add(pulse);
        sim.initialize();
        sim.run(20);
        assertEquals(120, pulse.onSteps);
        assertEquals(800, sim.steps());
    }

    @Test
    void pulseTrainEqualsItsPulses() {
        PulseTrain train = new PulseTrain(0, 10, 2, 0.5, 10, 3);
        for (int k = 0; k < 2000; k++) {
            double t = k * 0.025 + 0.0125;
            double sum = 0;
            for (int p = 0; p < 3; p++) {
                sum += train.pulse(p).current(t, 0);
            }
            assertEquals(sum, train.current(t, 0), 0, "t = " + t);
        }
    }

    /** Events are delivered at the start of the step whose middle is at or after their time. */
    @Test
    void eventsAreDeliveredAtTheStartOfTheirStep() {
        Simulation sim = passiveSoma();
        sim.initialize();
        List<double[]> got = new ArrayList<>();
        sim.schedule(1.0125, t -> got.add(new double[] {t, sim.time()}));
        sim.schedule(1.0130, t -> got.add(new double[] {t, sim.time()}));
        sim.run(2);
        assertEquals(1.0125, got.get(0)[0]);
        assertEquals(1.0, got.get(0)[1], 1e-12);
        assertEquals(1.013, got.get(1)[0]);
        assertEquals(1.025, got.get(1)[1], 1e-12);
        assertThrows(EngineException.class, () -> sim.schedule(0.5, t -> { }));
    }

    /** The spike time is the linear interpolation of the crossing between two recorded steps. */
    @Test
    void spikeTimeIsInterpolatedWithinTheStep() {
        Cell cell = Cell.of(HhTestAccess.soma(Hh.KIND, 6.3));
        Simulation sim = new Simulation(cell);
        sim.add(new CurrentPulse(cell.soma(), 2, 1, 0.3));
        Trace v = sim.record(sim.probe("v", cell.soma()), 1);
        Trace coarse = sim.record(sim.probe("v", cell.soma()), 8);
        sim.initialize();
        sim.run(20);
        double[] spikes = sim.spikeTimes();
        assertEquals(1, spikes.length);
        int k = 1;
        while (!(v.value(k - 1) < 0 && v.value(k) >= 0)) {
            k++;
        }
        double expected = v.time(k - 1) + sim.dt() * (0 - v.value(k - 1)) / (v.value(k) - v.value(k - 1));
        assertEquals(expected, spikes[0], 1e-12);
        assertEquals(801, v.size());
        assertEquals(101, coarse.size());
        assertEquals(v.value(80), coarse.value(10));
        assertEquals(2.0, coarse.time(10), 1e-12);
    }

    @Test
    void outputConnectionsDeliverSpikesAfterTheDelay() {
        Cell cell = Cell.of(HhTestAccess.soma(Hh.KIND, 6.3));
        Simulation sim = new Simulation(cell);
        sim.add(new CurrentPulse(cell.soma(), 2, 1, 0.3));
        List<Double> received = new ArrayList<>();
        sim.connectSpikes(received::add, 1.5);
        sim.initialize();
        sim.run(20);
        assertEquals(List.of(sim.spikeTimes()[0] + 1.5), received);
    }

    @Test
    void usingTheSimulationBeforeInitialisationFails() {
        assertThrows(EngineException.class, () -> passiveSoma().advance());
    }

    /**
     * A run saved in the middle of a spike train on a cell with the full channel set and calcium
     * pools, restored into a new simulation and stepped on, gives every voltage and the spike
     * times bit for bit as the run that went on by itself.
     */
    @Test
    void restoringASavedMomentContinuesBitForBit() {
        Cell cell = Cell.of(CellType.L4_SSC.model());
        PulseTrain drive = new PulseTrain(cell.soma(), 5, 2, 1.5, 20, 6);
        Simulation original = new Simulation(cell);
        original.add(drive);
        original.initialize();
        original.run(37);
        Simulation.Snapshot moment = original.save();
        original.run(120);
        double[] expected = new double[cell.size()];
        for (int c = 0; c < expected.length; c++) {
            expected[c] = original.voltage(c);
        }

        Simulation resumed = new Simulation(cell);
        resumed.add(drive);
        resumed.initialize();
        resumed.restore(moment);
        assertEquals(37, resumed.time(), 1e-9);
        resumed.run(120);
        double[] actual = new double[cell.size()];
        for (int c = 0; c < actual.length; c++) {
            actual[c] = resumed.voltage(c);
        }
        assertArrayEquals(expected, actual, 0.0);
        assertArrayEquals(original.spikeTimes(), resumed.spikeTimes(), 0.0);
        assertTrue(original.spikeTimes().length >= 3, "the cell must fire in the resumed part");
    }

    @Test
    void savingWithQueuedEventsOrRestoringAnotherCellIsRefused() {
        Simulation sim = passiveSoma();
        sim.initialize();
        sim.schedule(5, t -> { });
        assertThrows(EngineException.class, sim::save);
        Simulation other = passiveSoma();
        other.initialize();
        Simulation.Snapshot moment = other.save();
        assertThrows(EngineException.class, () -> passiveSoma().restore(moment));
    }
}
