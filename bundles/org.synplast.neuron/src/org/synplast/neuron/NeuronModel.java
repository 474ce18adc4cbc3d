package org.synplast.neuron;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cell.Cell;

/**
 * Everything one NEURON run needs: the engine's discretised cell (exported compartment by
 * compartment), current pulses, synapses with their presynaptic spikes, recordings, the fixed
 * step, the stop time and how long the cell settles before t = 0. Temperature and v_init come from
 * the cell's model.
 *
 * @param cell        the discretised cell
 * @param dt          fixed time step [ms]
 * @param tStop       stop time [ms]
 * @param pulses      current pulses (IClamp)
 * @param synapses    GluSynapses
 * @param recordings  the traces to write
 * @param recordEvery decimation of the traces (every n-th step from t = 0), positive
 * @param seed        seed of NEURON's release stream for non-deterministic synapses
 * @param settleMs    the cell is stepped from v_init for this long before t = 0, where the pulses,
 *                    spikes and recordings start (0: the run starts at v_init) [ms]
 */
public record NeuronModel(Cell cell, double dt, double tStop, List<CurrentPulse> pulses, List<ExportedSynapse> synapses,
        List<Recording> recordings, int recordEvery, long seed, double settleMs) {

    /** Validates and copies. */
    public NeuronModel {
        Objects.requireNonNull(cell, "cell");
        if (!(dt > 0 && Double.isFinite(dt))) {
            throw new IllegalArgumentException("dt must be positive, got " + dt);
        }
        if (!(tStop >= 0 && Double.isFinite(tStop))) {
            throw new IllegalArgumentException("tStop must be >= 0, got " + tStop);
        }
        if (!(settleMs >= 0 && Double.isFinite(settleMs))) {
            throw new IllegalArgumentException("settleMs must be >= 0, got " + settleMs);
        }
        if (recordEvery < 1) {
            throw new IllegalArgumentException("recordEvery must be >= 1, got " + recordEvery);
        }
        pulses = List.copyOf(pulses);
        synapses = List.copyOf(synapses);
        recordings = List.copyOf(recordings);
        Set<String> ids = new HashSet<>();
        for (ExportedSynapse s : synapses) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("duplicate synapse id " + s.id());
            }
            cell.checkCompartment(s.compartment());
        }
        Set<String> names = new HashSet<>();
        for (Recording r : recordings) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("duplicate recording name " + r.name());
            }
            if (r instanceof Recording.Synapse s && !ids.contains(s.synapse())) {
                throw new IllegalArgumentException("recording " + r.name() + " refers to unknown synapse " + s.synapse());
            }
        }
    }

    /**
     * A run that starts at v_init.
     *
     * @param cell        the discretised cell
     * @param dt          fixed time step [ms]
     * @param tStop       stop time [ms]
     * @param pulses      current pulses (IClamp)
     * @param synapses    GluSynapses
     * @param recordings  the traces to write
     * @param recordEvery decimation of the traces (every n-th step from t = 0), positive
     * @param seed        seed of NEURON's release stream for non-deterministic synapses
     */
    public NeuronModel(Cell cell, double dt, double tStop, List<CurrentPulse> pulses, List<ExportedSynapse> synapses,
            List<Recording> recordings, int recordEvery, long seed) {
        this(cell, dt, tStop, pulses, synapses, recordings, recordEvery, seed, 0);
    }

    /**
     * @param cell       the discretised cell
     * @param dt         [ms]
     * @param tStop      [ms]
     * @param pulses     current pulses
     * @param recordings traces, recorded every step
     * @return a model without synapses
     */
    public static NeuronModel of(Cell cell, double dt, double tStop, List<CurrentPulse> pulses, List<Recording> recordings) {
        return new NeuronModel(cell, dt, tStop, pulses, List.of(), recordings, 1, 1);
    }
}
