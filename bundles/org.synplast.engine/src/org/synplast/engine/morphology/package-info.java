/**
 * Neuron morphologies: an immutable tree of {@link org.synplast.engine.morphology.Section}s
 * (3-D traces or stylised cylinders, typed soma/axon/basal/apical/myelin), NEURON's segment
 * geometry ({@link org.synplast.engine.morphology.SegmentGeometry}), import of SWC and
 * Neurolucida ASC files with the soma handled as NEURON's Import3d does, the axon-stub
 * replacement rules of the e-models, and the one built-in parametric morphology
 * ({@link org.synplast.engine.morphology.ParametricMorphology}: symmetric cylinder trees from
 * morphometrics, used by the shipped cell types and by the language's parametric morphologies).
 *
 * <p>Invariants: section 0 is a soma and the root; parents come before children. Units: µm.
 * Reading errors are {@link org.synplast.engine.morphology.MorphologyException}s naming the
 * file and line.
 */
package org.synplast.engine.morphology;
