package org.synplast.compiler;

import java.util.List;

import org.synplast.compiler.canonical.CanonicalModel;
import org.synplast.compiler.stages.CanonicalStage;
import org.synplast.compiler.stages.CellStage;
import org.synplast.compiler.stages.ConnectionStage;
import org.synplast.compiler.stages.PlanStage;
import org.synplast.compiler.stages.ProtocolStage;
import org.synplast.compiler.stages.ResolveStage;
import org.synplast.dsl.synPlast.Model;

/**
 * Compiles a parsed and validated SynPlast file into experiment and sweep plans through the
 * ordered lowering stages: resolve imports, defaults and units, cell models, connection samplers,
 * protocol schedules, plans. User errors come back as diagnostics with source positions; a stage
 * that cannot lower something skips it and the later stages carry on with the rest.
 */
public final class SynPlastCompiler {

    /** The stages in the order they run, for reports and documentation. */
    public static final List<String> STAGES = List.of("ResolveStage", "CanonicalStage", "CellStage", "ConnectionStage",
            "ProtocolStage", "PlanStage");

    /**
     * @param model a file's model; its resource set must be able to load the files it imports
     * @return the plans of its experiments and sweeps, and the diagnostics
     */
    public Compilation compile(Model model) {
        Diagnostics diagnostics = new Diagnostics();
        ResolveStage.Resolved resolved = run(new ResolveStage(), model, diagnostics);
        CanonicalModel canonical = run(new CanonicalStage(), resolved, diagnostics);
        CellStage.Cells cells = run(new CellStage(), canonical, diagnostics);
        ConnectionStage.Connections connections = run(new ConnectionStage(), cells, diagnostics);
        ProtocolStage.Protocols protocols = run(new ProtocolStage(), connections, diagnostics);
        PlanStage.Plans plans = run(new PlanStage(), protocols, diagnostics);
        return new Compilation(plans.experiments(), plans.sweeps(), diagnostics.list());
    }

    private static <I, O> O run(LoweringStage<I, O> stage, I input, Diagnostics diagnostics) {
        diagnostics.enter(stage.name());
        return stage.apply(input, diagnostics);
    }
}
