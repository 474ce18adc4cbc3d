/**
 * Speed measurement of the engine: {@link org.synplast.engine.bench.CableBenchmark} runs a
 * large multi-compartment cell with a somatic current train and reports compartment-steps per
 * second. It prints nothing; {@code org.synplast.engine.bench.CableBenchmarkMain} in the test
 * bundle prints the numbers, and the NEURON exporter runs the same model in NEURON for the ratio.
 */
package org.synplast.engine.bench;
