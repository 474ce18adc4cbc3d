/**
 * The SynPlast compiler: EMF model of a {@code .synplast} file to immutable experiment and sweep
 * plans of {@code org.synplast.experiment}. Entry point: {@link org.synplast.compiler.SynPlastCompiler}.
 * The engine and the runner never see EMF; units are converted once, to the canonical units of
 * the parameter catalogue, in {@link org.synplast.compiler.stages.CanonicalStage}.
 */
package org.synplast.compiler;
