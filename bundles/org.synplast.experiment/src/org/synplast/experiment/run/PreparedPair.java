package org.synplast.experiment.run;

import java.util.List;

import org.synplast.engine.cell.Cell;
import org.synplast.engine.synapse.RestingState;
import org.synplast.engine.synapse.SynapseModel;
import org.synplast.engine.synapse.SynapseSite;
import org.synplast.engine.synapse.Thresholds;
import org.synplast.experiment.plan.ProtocolSchedule;

/**
 * A pair of an experiment after everything that precedes its protocol run
 * ({@link PairSimulator#prepare}): the postsynaptic cell, the drawn synapses, the calibration and
 * thresholds, the induction's postsynaptic pulse and the schedule placed with its latencies.
 *
 * @param cell         the postsynaptic cell at the protocol's temperature
 * @param sites        the synapses: compartment, location, parameters
 * @param synapseModel constants, plasticity parameters, the protocol's conditions and switches
 * @param cPre         c_pre per synapse [mM·ms]
 * @param cPost        c_post per synapse [mM·ms] (NaN when no single-spike step exists)
 * @param thresholds   θd and θp per synapse
 * @param post         the postsynaptic pulse and its AP latencies
 * @param schedule     presynaptic spikes, postsynaptic pulse onsets and test windows
 * @param rest         the cell with the synapses silent at rest, where the protocol starts
 */
public record PreparedPair(Cell cell, List<SynapseSite> sites, SynapseModel synapseModel, double[] cPre,
        double[] cPost, List<Thresholds> thresholds, PostCurrent post, ProtocolSchedule schedule, RestingState rest) {

    /** Copies. */
    public PreparedPair {
        sites = List.copyOf(sites);
        thresholds = List.copyOf(thresholds);
        cPre = cPre.clone();
        cPost = cPost.clone();
    }

    @Override
    public double[] cPre() {
        return cPre.clone();
    }

    @Override
    public double[] cPost() {
        return cPost.clone();
    }
}
