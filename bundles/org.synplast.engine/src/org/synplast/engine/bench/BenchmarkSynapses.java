package org.synplast.engine.bench;

import java.util.ArrayList;
import java.util.List;

import org.synplast.engine.cell.Cell;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.synapse.SynapseLocation;
import org.synplast.engine.synapse.SynapseParameters;
import org.synplast.engine.synapse.SynapseSite;
import org.synplast.engine.synapse.Thresholds;

/**
 * The plastic synapses of the throughput benchmarks (the engine's and the one against NEURON):
 * GluSynapses with the L5 TTPC → L5 TTPC mean parameters (ρ0 alternating 0, 1) on dendritic
 * compartments spread evenly over the cell, thresholds low enough to drive ρ, and a presynaptic
 * spike every 50 ms from 10 ms on.
 */
public final class BenchmarkSynapses {

    /** θd and θp of every benchmark synapse [mM·ms]: low, so that ρ moves. */
    public static final Thresholds THRESHOLDS = new Thresholds(0.01, 0.02);

    private BenchmarkSynapses() {
    }

    /**
     * @param cell  the cell
     * @param count how many synapses
     * @return their sites, spread evenly over the basal and apical compartments
     */
    public static List<SynapseSite> sites(Cell cell, int count) {
        List<Integer> dendritic = new ArrayList<>();
        for (int c = 0; c < cell.size(); c++) {
            if (cell.type(c) == SectionType.BASAL || cell.type(c) == SectionType.APICAL) {
                dendritic.add(c);
            }
        }
        List<SynapseSite> sites = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int c = dendritic.get((int) ((long) k * dendritic.size() / Math.max(1, count)));
            sites.add(new SynapseSite(c, cell.type(c) == SectionType.BASAL ? SynapseLocation.BASAL
                    : SynapseLocation.APICAL, SynapseParameters.of(0.38, 365.6, 25.7, 3, 1.94, 1.07, 1.74, 0.1628,
                            k % 2)));
        }
        return sites;
    }

    /**
     * @param endMs end of the train [ms]
     * @return the presynaptic spike times: every 50 ms from 10 ms, before {@code endMs}
     */
    public static double[] spikeTimes(double endMs) {
        int n = endMs > 10 ? (int) Math.ceil((endMs - 10) / 50) : 0;
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = 10 + 50.0 * i;
        }
        return times;
    }
}
