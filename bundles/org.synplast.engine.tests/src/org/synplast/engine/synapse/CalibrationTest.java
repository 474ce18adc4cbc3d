package org.synplast.engine.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.mechanism.Hh;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.quiescence.QuiescenceMonitor;

/**
 * The calibration procedures on a ball-and-stick cell: an hh soma at 6.3 °C (all-or-none spikes;
 * at 34 °C hh is in heat block) and a passive basal dendrite; synapse conditions stay at 34 °C.
 */
class CalibrationTest {

    private static final double STIMULUS = 300.0;
    private static final double RESOLUTION = 0.01;
    private static Cell cell;
    private static List<SynapseSite> sites;
    private static final SynapseModel MODEL = SynapseModel.chindemi2022(Conditions.IN_VITRO, Switches.CONTROL);

    @BeforeAll
    static void ballAndStick() {
        Morphology morphology = new Morphology(List.of(
                Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20)),
                Section.of(SectionType.BASAL, 0, 1, SectionGeometry.Cylinder.of(300, 1.5))));
        CellModel model = new CellModel(morphology, new Discretization.Fixed(9),
                Map.of(SectionType.SOMA, RegionProperties.NEURON_DEFAULT, SectionType.BASAL,
                        RegionProperties.NEURON_DEFAULT),
                List.of(Insertion.of(Hh.KIND, Set.of(SectionType.SOMA)),
                        Insertion.of(Pas.KIND, Set.of(SectionType.BASAL)).with("g", 1e-4).with("e", -65)),
                6.3, -65, -20, DistanceOrigin.SOMA_CENTER);
        cell = Cell.of(model);
        SynapseParameters near = SynapseParameters.of(0.4, 500, 10, 3, 1.0, 0.55, 1.74, 0.1, 0);
        SynapseParameters far = SynapseParameters.of(0.4, 500, 10, 3, 2.0, 1.1, 1.74, 0.1, 1);
        sites = List.of(new SynapseSite(cell.compartment(1, 0.1), SynapseLocation.BASAL, near),
                new SynapseSite(cell.compartment(1, 0.9), SynapseLocation.BASAL, far),
                new SynapseSite(cell.soma(), SynapseLocation.OTHER, near));
    }

    private static Supplier<Simulation> factory() {
        return () -> new Simulation(cell);
    }

    @Test
    void cPreExceedsTheRestingDriftAndGrowsWithConductance() {
        Calibration calibration = new Calibration(factory(), MODEL, STIMULUS, RESOLUTION);
        double[] cPre = calibration.cPre(sites);
        // the resting drift alone, over the same window, at the same sites
        Simulation quiet = new Simulation(cell);
        GluSynapse resting = new GluSynapse(sites.get(0).compartment(),
                MODEL.withSwitches(Switches.C_PRE_CALIBRATION), sites.get(0).parameters(), Thresholds.NONE,
                new org.apache.commons.math3.random.Well19937c(0));
        quiet.add(resting);
        quiet.initialize();
        quiet.run(Calibration.WINDOW);
        assertTrue(cPre[0] > 10 * resting.effectiveCalcium(), cPre[0] + " vs drift " + resting.effectiveCalcium());
        // the distal synapse has twice the conductances on a thinner input: a larger spine response
        assertTrue(cPre[1] > cPre[0]);
    }

    /**
     * The measurements continue from one resting state, calm stretches in long steps: the same
     * procedure in one run (settling up to the saved moment, then measuring) must give the same
     * numbers, bit for bit; fixed steps throughout agree to 1e−4 relative (measured 2.9e−5).
     */
    @Test
    void measurementsFromTheRestingStateEqualRunsThatSettleThemselves() {
        Calibration calibration = new Calibration(factory(), MODEL, STIMULUS, RESOLUTION);
        List<SynapseSite> potentiated = new ArrayList<>();
        for (SynapseSite s : sites) {
            potentiated.add(new SynapseSite(s.compartment(), s.location(), s.parameters().potentiated()));
        }
        double[] cPre = calibration.cPre(sites);
        for (boolean longSteps : new boolean[] {true, false}) {
            Simulation pre = new Simulation(cell);
            List<GluSynapse> preSynapses = placed(pre, MODEL.withSwitches(Switches.C_PRE_CALIBRATION), potentiated);
            pre.initialize();
            preSynapses.forEach(s -> pre.schedule(STIMULUS, s));
            assertArrayEquals(windowPeaks(pre, preSynapses, longSteps), cPre, longSteps ? 0.0 : 1e-4 * cPre[0]);
        }

        SomaticStep step = new SomaticStep(3.0, 0.4);
        double[] cPost = calibration.cPost(sites, step);
        for (boolean longSteps : new boolean[] {true, false}) {
            Simulation post = new Simulation(cell);
            List<GluSynapse> postSynapses = placed(post, MODEL.withSwitches(Switches.PLASTICITY_OFF), sites);
            post.add(new CurrentPulse(cell.soma(), STIMULUS, step.width(), step.amplitude()));
            post.initialize();
            assertArrayEquals(windowPeaks(post, postSynapses, longSteps), cPost, longSteps ? 0.0 : 1e-4 * cPost[0]);
        }

        for (double amplitude : new double[] {0.05, 0.3, 0.6, 2.0}) {
            Simulation alone = new Simulation(cell);
            alone.add(new CurrentPulse(cell.soma(), STIMULUS, 3.0, amplitude));
            alone.initialize();
            alone.run(STIMULUS + 103.0);
            long spikes = java.util.Arrays.stream(alone.spikeTimes()).filter(t -> t >= STIMULUS).count();
            assertEquals(spikes, calibration.spikeCount(3.0, amplitude), "amplitude " + amplitude);
        }
    }

    /**
     * A protocol started from a resting state ({@link RestingState#restoreAsStart}) is the settled
     * cell with its clock reset: time zero, no spike recorded, and stepping on gives exactly the
     * numbers of the settled run continued (the cell still moving, settled for only 20 ms).
     */
    @Test
    void aRunStartedFromARestingStateIsTheSettledCellWithItsClockReset() {
        RestingState rest = RestingState.settle(factory(), MODEL, sites, 20);
        Simulation continued = rest.start(List.of(), rest.timeMs());
        Simulation started = new Simulation(cell);
        List<GluSynapse> synapses = placed(started, MODEL, sites);
        rest.restoreAsStart(started, synapses);
        assertEquals(0.0, started.time());
        assertEquals(0, started.spikeTimes().length);
        double[] before = started.membrane().v().clone();
        for (int n = 0; n < 2000; n++) {
            continued.advance();
            started.advance();
        }
        assertArrayEquals(continued.membrane().v(), started.membrane().v(), 0.0);
        assertTrue(Math.abs(started.voltage(cell.soma()) - before[cell.soma()]) > 1e-6, "the cell had not settled");
    }

    private static List<GluSynapse> placed(Simulation sim, SynapseModel model, List<SynapseSite> at) {
        List<GluSynapse> synapses = new ArrayList<>();
        for (SynapseSite s : at) {
            GluSynapse g = new GluSynapse(s.compartment(), model, s.parameters(), Thresholds.NONE,
                    new org.apache.commons.math3.random.Well19937c(0));
            sim.add(g);
            synapses.add(g);
        }
        return synapses;
    }

    /**
     * The peak c* per synapse over the calibration window of an initialised simulation, in fixed
     * steps, or as {@link Calibration} does it in one run: settling to the resting state's moment
     * with long steps through calm stretches, then from there measuring the same way.
     */
    private static double[] windowPeaks(Simulation sim, List<GluSynapse> synapses, boolean longSteps) {
        double[] peak = new double[synapses.size()];
        Runnable track = () -> {
            for (int i = 0; i < peak.length; i++) {
                peak[i] = Math.max(peak[i], synapses.get(i).effectiveCalcium());
            }
        };
        long settled = Math.round(Math.ceil((STIMULUS - Calibration.QUIET_LEAD) / sim.dt() - 0.5)) - 1;
        long steps = Math.round(Calibration.WINDOW / sim.dt());
        QuiescenceMonitor monitor = null;
        while (sim.steps() < steps) {
            if (longSteps && (sim.steps() == 0 || sim.steps() == settled)) {
                monitor = new QuiescenceMonitor(sim, Calibration.LONG_STEPS);
            }
            sim.advance();
            track.run();
            if (monitor != null) {
                double next = sim.steps() < settled ? settled * sim.dt() : sim.time() < STIMULUS ? STIMULUS
                        : Calibration.WINDOW;
                monitor.afterStep(next, track);
            }
        }
        return peak;
    }

    @Test
    void postsynapticStepIsTheSmallestThatGivesExactlyOneSpike() {
        Calibration calibration = new Calibration(factory(), MODEL, STIMULUS, RESOLUTION);
        Optional<SomaticStep> step = calibration.postsynapticStep();
        assertTrue(step.isPresent());
        double width = step.get().width();
        double amplitude = step.get().amplitude();
        assertEquals(1, calibration.spikeCount(width, amplitude));
        assertEquals(0, calibration.spikeCount(width, amplitude - RESOLUTION));
    }

    @Test
    void thresholdsFollowTheBasalRuleAndOtherLocationsHaveNoPlasticity() {
        Calibration calibration = new Calibration(factory(), MODEL, STIMULUS, RESOLUTION);
        List<Thresholds> thresholds = calibration.thresholds(sites);
        double[] cPre = calibration.cPre(sites);
        double[] cPost = calibration.cPost(sites, calibration.postsynapticStep().orElseThrow());
        for (int i = 0; i < 2; i++) {
            assertTrue(cPost[i] > 0);
            Thresholds expected = PlasticityParameters.CHINDEMI_2022.basal().apply(cPre[i], cPost[i]);
            assertEquals(expected, thresholds.get(i));
        }
        assertSame(Thresholds.NONE, thresholds.get(2));
    }

    @Test
    void noSingleSpikeStepMeansNoPlasticity() {
        Morphology morphology = new Morphology(List.of(
                Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20)),
                Section.of(SectionType.BASAL, 0, 1, SectionGeometry.Cylinder.of(300, 1.5))));
        CellModel passive = new CellModel(morphology, new Discretization.Fixed(3),
                Map.of(SectionType.SOMA, RegionProperties.NEURON_DEFAULT, SectionType.BASAL,
                        RegionProperties.NEURON_DEFAULT),
                List.of(Insertion.of(Pas.KIND, Set.of(SectionType.SOMA, SectionType.BASAL)).with("g", 1e-4)
                        .with("e", -65)),
                34.0, -65, 1000, DistanceOrigin.SOMA_CENTER);
        // a passive cell whose spike detector (at +1 V) never fires
        Cell passiveCell = Cell.of(passive);
        Calibration calibration = new Calibration(() -> new Simulation(passiveCell), MODEL, STIMULUS, RESOLUTION);
        assertTrue(calibration.postsynapticStep().isEmpty());
        List<SynapseSite> basal = List.of(new SynapseSite(passiveCell.compartment(1, 0.5), SynapseLocation.BASAL,
                sites.get(0).parameters()));
        assertSame(Thresholds.NONE, calibration.thresholds(basal).get(0));
    }
}
