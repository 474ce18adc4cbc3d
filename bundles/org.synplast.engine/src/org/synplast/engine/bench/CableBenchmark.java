package org.synplast.engine.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synplast.engine.cable.PulseTrain;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.mechanism.Hh;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.AxonReplacement;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.SectionType;

/**
 * Measures the engine's speed in compartment-steps per second (membrane compartments × time
 * steps / wall-clock seconds) on a large cell driven by a somatic current train. Returns numbers
 * and prints nothing: the printing main class is {@code CableBenchmarkMain} in the test bundle,
 * and the NEURON side of the comparison lives in {@code org.synplast.neuron}.
 */
public final class CableBenchmark {

    private CableBenchmark() {
    }

    /**
     * @param compartments membrane compartments simulated
     * @param steps        time steps timed
     * @param seconds      wall-clock time of those steps [s]
     * @param spikes       somatic spikes during the timed run (a sanity check that the cell fired)
     */
    public record Result(int compartments, long steps, double seconds, int spikes) {
        /** @return compartments × steps / seconds */
        public double compartmentStepsPerSecond() {
            return compartments * (double) steps / seconds;
        }
    }

    /**
     * A stand-in multi-compartment model until the Hay/BBP channel set is available: the given
     * morphology with the BBP 2015 axon stub, d_lambda discretisation, Ra 100 Ω·cm, cm 1 (2 in
     * dendrites), {@code hh} in every compartment (so every compartment carries active channel
     * work) at 6.3 °C and {@code pas} (g 3e-5 S/cm², e −75 mV) everywhere.
     *
     * @param morphology a morphology with soma and dendrites, e.g. a reconstruction or
     *                   the L5 TTPC stand-in ({@link CellType#L5_TTPC})
     * @return the model
     */
    public static CellModel standInModel(Morphology morphology) {
        Set<SectionType> all = EnumSet.allOf(SectionType.class);
        RegionProperties axoSomatic = new RegionProperties(1, 100, 50, -77);
        RegionProperties dendritic = new RegionProperties(2, 100, 50, -77);
        return new CellModel(AxonReplacement.BBP_2015.apply(morphology), Discretization.DLambda.standard(),
                Map.of(SectionType.SOMA, axoSomatic, SectionType.AXON, axoSomatic, SectionType.BASAL, dendritic,
                        SectionType.APICAL, dendritic),
                List.of(Insertion.of(Hh.KIND, all), Insertion.of(Pas.KIND, all).with("g", 3e-5).with("e", -75)), 6.3, -65, -20,
                DistanceOrigin.SOMA_CENTER);
    }

    /** @return {@link #standInModel(Morphology)} on the L5 TTPC stand-in morphology (before axon replacement) */
    public static CellModel standInL5ttpc() {
        return standInModel(CellType.L5_TTPC.standIn().build());
    }

    /**
     * Runs the model with a somatic train of 2 ms pulses every 25 ms: first {@code warmup} ms
     * untimed (JIT compilation), then {@code duration} ms timed.
     *
     * @param model     the cell
     * @param amplitude pulse amplitude [nA]
     * @param warmup    untimed simulated time [ms]
     * @param duration  timed simulated time [ms]
     * @return the measurement
     */
    public static Result run(CellModel model, double amplitude, double warmup, double duration) {
        Cell cell = Cell.of(model);
        Simulation sim = new Simulation(cell);
        int pulses = (int) Math.ceil((warmup + duration) / 25);
        sim.add(new PulseTrain(cell.soma(), 5, 2, amplitude, 25, pulses));
        sim.initialize();
        sim.run(warmup);
        int spikesBefore = sim.spikeTimes().length;
        long stepsBefore = sim.steps();
        long start = System.nanoTime();
        sim.run(warmup + duration);
        double seconds = (System.nanoTime() - start) * 1e-9;
        return new Result(cell.membraneCompartments(), sim.steps() - stepsBefore, seconds,
                sim.spikeTimes().length - spikesBefore);
    }
}
