package org.synplast.compiler;

import java.util.List;
import java.util.Optional;

import org.synplast.compiler.CompilerDiagnostic.Severity;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;

/**
 * What the compiler produced from a file: the plans it could build and every diagnostic.
 *
 * @param experiments the experiment plans, in file order
 * @param sweeps      the sweep plans, in file order
 * @param diagnostics errors and warnings
 */
public record Compilation(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, List<CompilerDiagnostic> diagnostics) {

    /** Copies. */
    public Compilation {
        experiments = List.copyOf(experiments);
        sweeps = List.copyOf(sweeps);
        diagnostics = List.copyOf(diagnostics);
    }

    /** @return whether any error was reported */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * @param name an experiment's simple name
     * @return its plan
     */
    public Optional<ExperimentPlan> experiment(String name) {
        return experiments.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * @param name a sweep's simple name
     * @return its plan
     */
    public Optional<SweepPlan> sweep(String name) {
        return sweeps.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
