package org.synplast.compiler;

/**
 * One step of the compiler's lowering pipeline. A stage reports user errors to the diagnostics
 * and never throws for input the validator accepts; it returns what it could lower.
 *
 * @param <I> what it consumes
 * @param <O> what it produces
 */
public interface LoweringStage<I, O> {

    /** @return the stage's name, shown with its diagnostics */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * @param input       the previous stage's output
     * @param diagnostics where user errors go
     * @return the lowered form
     */
    O apply(I input, Diagnostics diagnostics);
}
