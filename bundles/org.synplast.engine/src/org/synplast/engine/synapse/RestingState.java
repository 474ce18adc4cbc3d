package org.synplast.engine.synapse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.synplast.engine.EngineException;
import org.synplast.engine.cable.PointProcess;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.quiescence.QuiescenceMonitor;

/**
 * A postsynaptic cell settled from initialisation with a connection's synapses silent (no
 * release, no stimulus) up to a moment (calm stretches in long steps,
 * {@link Calibration#LONG_STEPS}), simulated once and then the start of every calibration
 * run and probe of that cell and those synapses, instead of settling again in each.
 *
 * <p>Starting from here is exact: until a synapse releases, its receptor variables stay zero and
 * its VDCC gates, spine calcium and c* follow the voltage alone, whatever its efficacy,
 * plasticity switches or release statistics; current stimuli contribute exactly zero before
 * their onset. A run restored here and stepped on therefore reproduces, bit for bit, the run that
 * settled by itself, provided nothing acts before {@link #timeMs()}. A protocol may also start
 * from here at time zero ({@link #restoreAsStart}), i.e. from the settled cell rather than from
 * its initial state. Thread-safe (immutable); every start uses a fresh simulation.
 */
public final class RestingState {

    private final Supplier<Simulation> cell;
    private final SynapseModel model;
    private final List<SynapseSite> sites;
    private final double untilMs;
    private final Simulation.Snapshot snapshot;
    private final List<GluSynapse.SpineState> spines;
    private final double[] peakEffectiveCalcium;

    private RestingState(Supplier<Simulation> cell, SynapseModel model, List<SynapseSite> sites, double untilMs,
            Simulation.Snapshot snapshot, List<GluSynapse.SpineState> spines, double[] peakEffectiveCalcium) {
        this.cell = cell;
        this.model = model;
        this.sites = sites;
        this.untilMs = untilMs;
        this.snapshot = snapshot;
        this.spines = spines;
        this.peakEffectiveCalcium = peakEffectiveCalcium;
    }

    /**
     * Settles the cell alone.
     *
     * @param cell    a factory of fresh, uninitialised simulations of the cell
     * @param untilMs the settling ends at the last step before this time [ms]
     * @return the resting state
     */
    public static RestingState settle(Supplier<Simulation> cell, double untilMs) {
        return settle(cell, null, List.of(), untilMs);
    }

    /**
     * Settles the cell with silent synapses.
     *
     * @param cell    a factory of fresh, uninitialised simulations of the cell
     * @param model   the synapse model (its conditions and blockers apply; plasticity is off)
     * @param sites   the synapses
     * @param untilMs the settling ends at the last step before this time [ms]
     * @return the resting state
     */
    public static RestingState settle(Supplier<Simulation> cell, SynapseModel model, List<SynapseSite> sites,
            double untilMs) {
        Objects.requireNonNull(cell, "cell");
        List<SynapseSite> copy = List.copyOf(sites);
        EngineException.require(copy.isEmpty() || model != null, "synapse model", "given with synapses", null);
        Simulation sim = cell.get();
        List<GluSynapse> synapses = silent(sim, model, copy);
        sim.initialize();
        long steps = Math.max(0, Math.round(Math.ceil(untilMs / sim.dt() - 0.5)) - 1);
        double[] peak = new double[copy.size()];
        Runnable track = () -> {
            for (int i = 0; i < peak.length; i++) {
                peak[i] = Math.max(peak[i], synapses.get(i).effectiveCalcium());
            }
        };
        QuiescenceMonitor monitor = new QuiescenceMonitor(sim, Calibration.LONG_STEPS);
        while (sim.steps() < steps) {
            sim.advance();
            track.run();
            monitor.afterStep(steps * sim.dt(), track);
        }
        List<GluSynapse.SpineState> spines = new ArrayList<>(synapses.size());
        for (GluSynapse s : synapses) {
            spines.add(s.spineState());
        }
        return new RestingState(cell, model, copy, untilMs, sim.save(), List.copyOf(spines), peak);
    }

    /** @return the time of the saved moment [ms] */
    public double timeMs() {
        return snapshot.time();
    }

    /** @return the time the settling was to end before ({@code untilMs} of {@link #settle}) [ms] */
    public double untilMs() {
        return untilMs;
    }

    /** @return the cell */
    public Cell cell() {
        return snapshot.cell();
    }

    /** @return the synapses' sites */
    public List<SynapseSite> sites() {
        return sites;
    }

    /** @return per synapse, the largest c* while settling [mM·ms] */
    public double[] peakEffectiveCalcium() {
        return peakEffectiveCalcium.clone();
    }

    /** @return a fresh, uninitialised simulation of the cell */
    public Simulation newSimulation() {
        return cell.get();
    }

    /**
     * A simulation at this state with the synapses silent, as they were while settling, and
     * stimuli.
     *
     * @param stimuli         point processes added after the synapses
     * @param firstActivityMs the earliest time a stimulus acts [ms], not before {@link #timeMs()}
     * @return the simulation, initialised and set to this state
     */
    public Simulation start(List<? extends PointProcess> stimuli, double firstActivityMs) {
        Simulation sim = newSimulation();
        List<GluSynapse> synapses = silent(sim, model, sites);
        stimuli.forEach(sim::add);
        restoreInto(sim, synapses, firstActivityMs);
        return sim;
    }

    /**
     * Initialises a simulation from {@link #newSimulation()} and sets it to this state.
     *
     * @param sim             the simulation, with synapses on this state's sites added in their
     *                        order (any configuration) and any other point processes
     * @param synapses        those synapses, in the order of {@link #sites()}
     * @param firstActivityMs the earliest time of a presynaptic spike or stimulus [ms], not before
     *                        {@link #timeMs()}
     */
    public void restoreInto(Simulation sim, List<GluSynapse> synapses, double firstActivityMs) {
        requireSites(synapses);
        EngineException.require(firstActivityMs >= timeMs(), "first activity after a resting state [ms]",
                ">= " + timeMs(), firstActivityMs);
        restore(sim, synapses, snapshot);
    }

    /**
     * Initialises a simulation from {@link #newSimulation()} and sets it to this state as the start
     * of a run ({@link Simulation.Snapshot#rewound()}): time zero with the cell and the synapses'
     * spines as settled here, so that a protocol timed from zero starts from rest.
     *
     * @param sim      the simulation, with synapses on this state's sites added in their order
     *                 (any configuration) and any other point processes
     * @param synapses those synapses, in the order of {@link #sites()}
     */
    public void restoreAsStart(Simulation sim, List<GluSynapse> synapses) {
        requireSites(synapses);
        restore(sim, synapses, snapshot.rewound());
    }

    private void restore(Simulation sim, List<GluSynapse> synapses, Simulation.Snapshot moment) {
        sim.initialize();
        sim.restore(moment);
        for (int k = 0; k < synapses.size(); k++) {
            synapses.get(k).restore(spines.get(k));
        }
    }

    private void requireSites(List<GluSynapse> synapses) {
        EngineException.require(synapses.size() == sites.size(), "synapses", sites.size() + " on the resting sites",
                synapses.size());
        for (int k = 0; k < sites.size(); k++) {
            EngineException.require(synapses.get(k).compartment() == sites.get(k).compartment(),
                    "compartment of synapse " + k, String.valueOf(sites.get(k).compartment()),
                    synapses.get(k).compartment());
        }
    }

    private static List<GluSynapse> silent(Simulation sim, SynapseModel model, List<SynapseSite> sites) {
        if (sites.isEmpty()) {
            return List.of();
        }
        Switches on = model.switches();
        return Calibration.place(sim, model.withSwitches(new Switches(on.nmdaBlocked(), on.vdccBlocked(), false, true,
                false)), sites);
    }
}
