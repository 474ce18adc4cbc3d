package org.synplast.report.data;

import java.util.List;

/**
 * ρ and calcium traces of the synapses of one pair.
 *
 * @param title    chart title, for example the experiment and pair
 * @param timeMs   sample times, increasing // [ms]
 * @param synapses one trace per synapse, each as long as {@code timeMs}
 * @param calciumLabel the calcium axis label with its unit, for example {@code "[Ca²⁺]i [µM]"}
 */
public record SynapseTraces(String title, double[] timeMs, List<SynapseTrace> synapses, String calciumLabel) {

    /** Validates lengths and copies the inputs. */
    public SynapseTraces {
        if (title == null || calciumLabel == null || synapses.isEmpty()) {
            throw new IllegalArgumentException("synapse traces need a title, a calcium label and at least one synapse");
        }
        for (SynapseTrace s : synapses) {
            if (s.rho().length != timeMs.length) {
                throw new IllegalArgumentException("synapse " + s.label() + " has " + s.rho().length
                        + " samples, the time axis " + timeMs.length);
            }
        }
        timeMs = timeMs.clone();
        synapses = List.copyOf(synapses);
    }
}
