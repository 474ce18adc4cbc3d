package org.synplast.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.synapse.SynapseSite;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.ProtocolSchedule;
import org.synplast.experiment.run.PairJob;
import org.synplast.experiment.run.PairSimulator;
import org.synplast.experiment.run.PreparedPair;
import org.synplast.experiment.run.TraceOptions;
import org.synplast.neuron.ExportedSynapse;
import org.synplast.neuron.NeuronExport;
import org.synplast.neuron.NeuronExporter;
import org.synplast.neuron.NeuronModel;
import org.synplast.neuron.Recording;
import org.synplast.neuron.RunnableExport;
import org.synplast.neuron.SynapseVariable;

/**
 * One pair of an experiment as a NEURON model, from {@link PairSimulator#prepare}: the pair's
 * cell at the protocol's temperature, its synapses with their drawn parameters and calibrated
 * thresholds, settled at rest before t = 0 as SynPlast starts its protocol, every presynaptic
 * spike of the protocol (test and induction) replayed into each synapse, the induction's
 * postsynaptic pulses at the soma, and recordings of the somatic voltage
 * ({@value #SOMA_VOLTAGE}) and of each synapse's ρ ({@code rho_syn<k>}).
 *
 * @param plan           the experiment
 * @param pair           the pair's index
 * @param model          the pair for NEURON
 * @param inductionEndMs the end of induction, where SynPlast fast-forwards if the protocol says so [ms]
 */
record NeuronPairExport(ExperimentPlan plan, int pair, NeuronModel model, double inductionEndMs) {

    /** The somatic voltage's column. */
    static final String SOMA_VOLTAGE = "v_soma";

    /**
     * Calibrates the pair and describes it for NEURON.
     *
     * @param plan        the experiment
     * @param pair        the pair's index
     * @param dtMs        the time step [ms]
     * @param recordEvery decimation of the traces (every n-th step)
     * @return the pair's export
     */
    static NeuronPairExport of(ExperimentPlan plan, int pair, double dtMs, int recordEvery) {
        PreparedPair prepared = new PairSimulator().prepare(new PairJob(plan, pair, dtMs, TraceOptions.NONE, () -> false));
        Cell cell = prepared.cell();
        int soma = cell.soma();
        ProtocolSchedule schedule = prepared.schedule();
        double[] spikes = schedule.presynapticSpikesMs();
        List<ExportedSynapse> synapses = new ArrayList<>();
        List<Recording> recordings = new ArrayList<>();
        recordings.add(new Recording.Membrane(SOMA_VOLTAGE, soma, "v"));
        for (int k = 0; k < prepared.sites().size(); k++) {
            SynapseSite site = prepared.sites().get(k);
            String id = "syn" + k;
            synapses.add(new ExportedSynapse(id, site.compartment(), prepared.synapseModel(), site.parameters(),
                    prepared.thresholds().get(k), spikes));
            recordings.add(new Recording.Synapse("rho_" + id, id, SynapseVariable.RHO));
        }
        List<CurrentPulse> pulses = new ArrayList<>();
        for (double onset : schedule.postPulseOnsetMs()) {
            pulses.add(new CurrentPulse(soma, onset, prepared.post().widthMs(), prepared.post().amplitudeNa()));
        }
        return new NeuronPairExport(plan, pair, new NeuronModel(cell, dtMs, schedule.endMs(), pulses, synapses,
                recordings, recordEvery, plan.seed(), prepared.rest().timeMs()), schedule.inductionEndMs());
    }

    /**
     * Writes the pair as a runnable directory: the NEURON export, {@code run.sh} and a README.
     *
     * @param file the study file, for the README
     * @param dir  the directory
     * @return the export
     */
    NeuronExport write(Path file, Path dir) {
        NeuronExport export = NeuronExporter.export(model, dir);
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "The protocol: %d presynaptic spikes (test and induction) into each of the "
                + "%d synapses, %d postsynaptic current pulses of %.3f nA at the soma.",
                model.synapses().isEmpty() ? 0 : model.synapses().get(0).spikeTimes().length, model.synapses().size(),
                model.pulses().size(), model.pulses().isEmpty() ? 0.0 : model.pulses().get(0).amplitude()));
        notes.add(String.format(Locale.ROOT, "Start: as in SynPlast, the protocol starts at t = 0 from the pair at rest, the "
                + "cell with its synapses silent stepped from v_init for %.3f ms (SynPlast takes long steps "
                + "through the calm part of that settling, NEURON fixed steps).", model.settleMs()));
        if (plan.protocol().fastForward()) {
            notes.add(String.format(Locale.ROOT, "Fast-forward: SynPlast snaps ρ, U_SE and gmax_AMPA to their final "
                    + "values at the end of induction (t = %.1f ms); NEURON does not, so after that time its ρ and "
                    + "EPSPs still evolve with τ_ind and τ_exp.", inductionEndMs));
        }
        RunnableExport.write(export, model, String.format(Locale.ROOT, "NEURON export of pair %d of experiment %s (%s)",
                pair, plan.name(), file.getFileName()), notes);
        return export;
    }
}
