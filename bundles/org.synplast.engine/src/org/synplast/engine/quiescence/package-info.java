/**
 * Exact skipping of quiescent intervals: detection of a cell at a fixed point of the fixed-step
 * map and holding its cable and channel states over a gap while synapses advance.
 */
package org.synplast.engine.quiescence;
