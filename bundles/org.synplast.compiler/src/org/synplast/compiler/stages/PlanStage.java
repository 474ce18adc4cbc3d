package org.synplast.compiler.stages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.synplast.compiler.Diagnostics;
import org.synplast.compiler.LoweringStage;
import org.synplast.compiler.canonical.Canonical;
import org.synplast.compiler.canonical.CanonicalModel;
import org.synplast.compiler.canonical.ElementTable;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.ConnectionPlan;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.InVitroResult;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.plan.SweepPlan;

/**
 * Stage 6, experiment and sweep plans: joins connections and protocols into the targets'
 * experiment plans, with their in vitro results, and expands sweeps into grids.
 */
public final class PlanStage implements LoweringStage<ProtocolStage.Protocols, PlanStage.Plans> {

    /** Sweep settings that vary; other protocol settings in a sweep are not supported. */
    private static final List<String> AXES = List.of("conditions.ca_o", "induction.frequency", "induction.dt");

    /**
     * @param experiments the targets' experiment plans, in file order
     * @param sweeps      the targets' sweep plans, in file order
     */
    public record Plans(List<ExperimentPlan> experiments, List<SweepPlan> sweeps) {

        /** Copies. */
        public Plans {
            experiments = List.copyOf(experiments);
            sweeps = List.copyOf(sweeps);
        }
    }

    @Override
    public Plans apply(ProtocolStage.Protocols protocols, Diagnostics diagnostics) {
        CanonicalModel model = protocols.connections().cells().model();
        Map<String, ExperimentPlan> experiments = new LinkedHashMap<>();
        for (ElementTable t : model.elements().values()) {
            if (t.kind().equals("experiment")) {
                experiment(t, protocols, diagnostics).ifPresent(e -> experiments.put(t.qualifiedName(), e));
            }
        }
        List<ExperimentPlan> targetExperiments = new ArrayList<>();
        List<SweepPlan> sweeps = new ArrayList<>();
        for (String target : model.targets()) {
            ElementTable t = model.element(target).orElseThrow();
            if (t.kind().equals("experiment")) {
                Optional.ofNullable(experiments.get(target)).ifPresent(targetExperiments::add);
            } else {
                sweep(t, model, experiments, diagnostics).ifPresent(sweeps::add);
            }
        }
        return new Plans(targetExperiments, sweeps);
    }

    private static Optional<ExperimentPlan> experiment(ElementTable e, ProtocolStage.Protocols protocols,
            Diagnostics diagnostics) {
        CanonicalModel model = protocols.connections().cells().model();
        Optional<ElementTable> c = Tables.ref(e, "connection", model, diagnostics);
        Optional<ElementTable> p = Tables.ref(e, "protocol", model, diagnostics);
        if (c.isEmpty() || p.isEmpty()) {
            return Optional.empty();
        }
        ConnectionPlan connection = protocols.connections().connections().get(c.get().qualifiedName());
        ProtocolPlan protocol = protocols.protocols().get(p.get().qualifiedName());
        if (connection == null || protocol == null) {
            return Optional.empty(); // their own errors are reported
        }
        try {
            InVitroResult expected = Tables.number(e, "in_vitro.mean").map(mean -> new InVitroResult(mean,
                    Tables.number(e, "in_vitro.sem").orElse(0.0), Tables.number(e, "in_vitro.n").orElse(1.0).intValue(),
                    e.get("in_vitro.citation").map(v -> ((Canonical.Text) v).value()).orElse(""))).orElse(null);
            return Optional.of(new ExperimentPlan(e.simpleName(), connection, protocol,
                    Tables.number(e, "pairs").orElse(100.0).intValue(), Tables.number(e, "seed").orElse(1.0).longValue(),
                    expected, Tables.number(e, "alpha").orElse(0.05)));
        } catch (ExperimentException ex) {
            diagnostics.error(e.location(), "experiment " + e.simpleName() + ": " + ex.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<SweepPlan> sweep(ElementTable s, CanonicalModel model, Map<String, ExperimentPlan> experiments,
            Diagnostics diagnostics) {
        Optional<ElementTable> base = Tables.ref(s, "experiment", model, diagnostics);
        if (base.isEmpty() || !experiments.containsKey(base.get().qualifiedName())) {
            return Optional.empty();
        }
        for (String key : s.values().keySet()) {
            if (key.contains(".") && !AXES.contains(key)) {
                diagnostics.warning(s.locate(key), "sweeps vary only " + AXES + "; '" + key
                        + "' is ignored, set it in the base experiment's protocol instead");
            }
        }
        ExperimentPlan b = experiments.get(base.get().qualifiedName());
        ExperimentPlan plan = new ExperimentPlan(b.name(), b.connection(), b.protocol(),
                Tables.number(s, "pairs").orElse((double) b.pairs()).intValue(),
                Tables.number(s, "seed").orElse((double) b.seed()).longValue(), null, b.alpha());
        try {
            return Optional.of(new SweepPlan(s.simpleName(), plan, axis(s, AXES.get(0), diagnostics),
                    axis(s, AXES.get(1), diagnostics), axis(s, AXES.get(2), diagnostics)));
        } catch (ExperimentException ex) {
            diagnostics.error(s.location(), "sweep " + s.simpleName() + ": " + ex.getMessage());
            return Optional.empty();
        }
    }

    /** The values of one axis: a list, a stepped range, or a single value; empty when not set. */
    private static double[] axis(ElementTable s, String key, Diagnostics diagnostics) {
        Optional<Canonical> v = s.get(key);
        if (v.isEmpty()) {
            return new double[0];
        }
        if (v.get() instanceof Canonical.Num n) {
            return new double[] {n.value()};
        }
        if (v.get() instanceof Canonical.Listing l) {
            return l.values().stream().mapToDouble(x -> ((Canonical.Num) x).value()).toArray();
        }
        if (v.get() instanceof Canonical.Span r && r.hasStep() && r.step() > 0) {
            int n = (int) Math.floor((r.to() - r.from()) / r.step() + 1e-9) + 1;
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = r.from() + i * r.step();
            }
            return values;
        }
        diagnostics.error(s.locate(key), key + " in a sweep must be a value, a list [a, b, ...] or a range "
                + "'a .. b step c' with a positive step");
        return new double[0];
    }
}
