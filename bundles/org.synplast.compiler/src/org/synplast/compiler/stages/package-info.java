/**
 * The lowering stages of the compiler, in order: {@link org.synplast.compiler.stages.ResolveStage},
 * {@link org.synplast.compiler.stages.CanonicalStage}, {@link org.synplast.compiler.stages.CellStage},
 * {@link org.synplast.compiler.stages.ConnectionStage}, {@link org.synplast.compiler.stages.ProtocolStage},
 * {@link org.synplast.compiler.stages.PlanStage}. Each reports user errors to a
 * {@link org.synplast.compiler.Diagnostics} and never throws for validated input.
 */
package org.synplast.compiler.stages;
