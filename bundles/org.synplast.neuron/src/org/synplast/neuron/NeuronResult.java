package org.synplast.neuron;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output of one NEURON run.
 *
 * @param times      sample times [ms] (t = 0 and every {@code recordEvery} steps)
 * @param traces     recording name to samples, one per time
 * @param runSeconds wall-clock time of NEURON's time loop alone [s]
 * @param cpuSeconds CPU time of the NEURON process during its time loop [s]
 * @param steps      number of fixed steps taken
 * @param segments   total number of segments (compartments with membrane)
 */
public record NeuronResult(double[] times, Map<String, double[]> traces, double runSeconds, double cpuSeconds, long steps,
        int segments) {

    /** Copies. */
    public NeuronResult {
        times = times.clone();
        Map<String, double[]> copy = new LinkedHashMap<>();
        traces.forEach((k, v) -> copy.put(k, v.clone()));
        traces = java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    /**
     * @param name a recording's name
     * @return its samples
     * @throws IllegalArgumentException if there is no such recording
     */
    public double[] trace(String name) {
        double[] t = traces.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no recording " + name + "; have " + traces.keySet());
        }
        return t.clone();
    }
}
