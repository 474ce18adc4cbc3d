/**
 * The cable solver and its run-time objects: {@link org.synplast.engine.cable.Simulation}
 * (NEURON's fixed-step backward Euler on the compartment tree with the Hines algorithm, event
 * queue, recording, somatic spike detection), the
 * {@link org.synplast.engine.cable.PointProcess} contract shared with the synapse,
 * {@link org.synplast.engine.cable.SpikeReceiver}, the current stimuli
 * {@link org.synplast.engine.cable.CurrentPulse} and {@link org.synplast.engine.cable.PulseTrain},
 * and {@link org.synplast.engine.cable.Trace}.
 *
 * <p>Typical use:
 * <pre>{@code
 * Cell cell = Cell.of(model);
 * Simulation sim = new Simulation(cell);            // dt 0.025 ms
 * sim.add(new CurrentPulse(cell.soma(), 5, 3, 0.5));
 * Trace v = sim.record(sim.probe("v", cell.soma()), 4);
 * sim.initialize();
 * sim.run(100);
 * double[] spikes = sim.spikeTimes();
 * }</pre>
 *
 * <p>Invariants: parents precede children in compartment order; currents are evaluated at
 * t + dt/2 with the voltage of the start of the step; states advance with the end-of-step
 * voltage; events are delivered at the start of the step whose middle is at or after their time.
 * Units: mV, ms, nA (positive outward for point-process currents, positive = injected for
 * stimulus amplitudes), µS.
 */
package org.synplast.engine.cable;
