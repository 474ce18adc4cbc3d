package org.synplast.compiler.stages;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.synplast.compiler.Diagnostics;
import org.synplast.compiler.LoweringStage;
import org.synplast.compiler.canonical.Canonical;
import org.synplast.compiler.canonical.ElementTable;
import org.synplast.engine.EngineException;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.sampling.MeanSd;
import org.synplast.engine.sampling.PathwayPhysiology;
import org.synplast.engine.synapse.MechanismConstants;
import org.synplast.engine.synapse.PlasticityParameters;
import org.synplast.engine.synapse.SynapseFormulas;
import org.synplast.engine.synapse.ThresholdCoefficients;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.ConnectionPlan;
import org.synplast.experiment.plan.PlacementRule;
import org.synplast.experiment.plan.SynapseCount;

/**
 * Stage 4, connection samplers: the synapse model's constants and fitted parameters, the synapse
 * count distribution, the placement rule and the pathway physiology of every connection.
 */
public final class ConnectionStage implements LoweringStage<CellStage.Cells, ConnectionStage.Connections> {

    /**
     * @param cells       the previous stage's output
     * @param connections connection plans by qualified name
     */
    public record Connections(CellStage.Cells cells, Map<String, ConnectionPlan> connections) {

        /** Copies. */
        public Connections {
            connections = Map.copyOf(connections);
        }
    }

    @Override
    public Connections apply(CellStage.Cells cells, Diagnostics diagnostics) {
        Map<String, ConnectionPlan> plans = new LinkedHashMap<>();
        for (ElementTable t : cells.model().elements().values()) {
            if (t.kind().equals("connection")) {
                build(t, cells, diagnostics).ifPresent(p -> plans.put(t.qualifiedName(), p));
            }
        }
        return new Connections(cells, plans);
    }

    private static Optional<ConnectionPlan> build(ElementTable c, CellStage.Cells cells, Diagnostics diagnostics) {
        Optional<ElementTable> synapse = Tables.ref(c, "synapse", cells.model(), diagnostics);
        String post = c.get("post").map(v -> ((Canonical.Ref) v).qualifiedName()).orElse("");
        if (synapse.isEmpty() || !cells.cells().containsKey(post)) {
            if (synapse.isPresent()) {
                diagnostics.error(c.location(), "the postsynaptic cell type of " + c.simpleName()
                        + " could not be built; fix its errors first");
            }
            return Optional.empty();
        }
        try {
            Tables.number(c, "hill_K").filter(k -> k != SynapseFormulas.HILL_K).ifPresent(k -> diagnostics.warning(
                    c.locate("hill_K"), "the engine scales release probability with the paper's Hill constant K = "
                            + SynapseFormulas.HILL_K + " mM; hill_K = " + k + " mM is ignored"));
            String postName = post.substring(post.lastIndexOf('.') + 1);
            return Optional.of(new ConnectionPlan(c.simpleName(), postName, cells.cells().get(post),
                    count(c, diagnostics), placement(c), physiology(c, diagnostics), constants(synapse.get()),
                    plasticity(synapse.get())));
        } catch (EngineException | ExperimentException | IllegalArgumentException ex) {
            diagnostics.error(c.location(), "connection " + c.simpleName() + ": " + ex.getMessage());
            return Optional.empty();
        }
    }

    private static SynapseCount count(ElementTable c, Diagnostics diagnostics) {
        Canonical v = c.get("synapses").orElse(new Canonical.Num(1));
        if (v instanceof Canonical.Num n) {
            return new SynapseCount.Fixed((int) Math.round(n.value()));
        }
        if (v instanceof Canonical.Dist d && d.family().equals("uniform") && d.arguments().size() == 2) {
            return new SynapseCount.Uniform((int) Math.round(scalar(d.arguments().get(0))),
                    (int) Math.round(scalar(d.arguments().get(1))));
        }
        diagnostics.error(c.locate("synapses"), "synapses must be a count or uniform(min, max)");
        return new SynapseCount.Fixed(1);
    }

    private static PlacementRule placement(ElementTable c) {
        Set<SectionType> dendrites = EnumSet.noneOf(SectionType.class);
        Canonical d = c.get("placement.dendrite").orElse(new Canonical.Sym("dendrites"));
        List<Canonical> symbols = d instanceof Canonical.Listing l ? l.values() : List.of(d);
        for (Canonical s : symbols) {
            switch (((Canonical.Sym) s).name()) {
            case "basal" -> dendrites.add(SectionType.BASAL);
            case "apical" -> dendrites.add(SectionType.APICAL);
            default -> dendrites.addAll(EnumSet.of(SectionType.BASAL, SectionType.APICAL));
            }
        }
        Canonical.Span range = (Canonical.Span) c.get("placement.distance")
                .orElse(new Canonical.Span(0, Double.MAX_VALUE, Double.NaN));
        return new PlacementRule(dendrites, range.from(), range.to(), PlacementRule.Weighting.AREA);
    }

    private static PathwayPhysiology physiology(ElementTable c, Diagnostics diagnostics) {
        return new PathwayPhysiology(c.simpleName(), spread(c, "gsyn", diagnostics),
                spread(c, "Nrrp", diagnostics).mean(), spread(c, "U", diagnostics), spread(c, "D", diagnostics),
                spread(c, "F", diagnostics), Tables.number(c, "nmda_ampa_ratio").orElse(0.0),
                spread(c, "spine_volume", diagnostics), spread(c, "tau_d_AMPA", diagnostics));
    }

    /** The mean and SD of a per-synapse parameter: {@code family(mean ± sd)}, {@code mean ± sd} or a constant. */
    private static MeanSd spread(ElementTable c, String key, Diagnostics diagnostics) {
        Canonical v = c.get(key).orElse(new Canonical.Num(Double.NaN));
        if (v instanceof Canonical.Dist d && d.arguments().size() == 1) {
            v = d.arguments().get(0);
        }
        if (v instanceof Canonical.Spread s) {
            return new MeanSd(s.mean(), s.sd());
        }
        if (v instanceof Canonical.Num n && Double.isFinite(n.value())) {
            return new MeanSd(n.value(), 0);
        }
        diagnostics.error(c.locate(key), key + " must be a value, mean ± sd, or a distribution of mean ± sd");
        return new MeanSd(0, 0);
    }

    private static double scalar(Canonical v) {
        return v instanceof Canonical.Num n ? n.value() : ((Canonical.Spread) v).mean();
    }

    private static MechanismConstants constants(ElementTable s) {
        MechanismConstants d = MechanismConstants.GLUSYNAPSE_V1;
        return new MechanismConstants(num(s, "tau_r_AMPA", d.tauRiseAmpa()), num(s, "E_AMPA", d.reversalAmpa()),
                num(s, "tau_r_NMDA", d.tauRiseNmda()), num(s, "tau_d_NMDA", d.tauDecayNmda()),
                num(s, "E_NMDA", d.reversalNmda()), d.reversalNmdaCa(), num(s, "gca_bar", d.gcaBar()), d.tauVdccM(),
                d.tauVdccH(), num(s, "gamma_ca", d.caFreeFraction()), num(s, "tau_ca", d.tauCa()),
                num(s, "ca_rest", d.caRest()), num(s, "rho_star", d.rhoStar()),
                num(s, "tau_ind", d.tauInduction() / 1e3) * 1e3, num(s, "tau_exp", d.tauExpression() / 1e3) * 1e3);
    }

    private static PlasticityParameters plasticity(ElementTable s) {
        PlasticityParameters d = PlasticityParameters.CHINDEMI_2022;
        return new PlasticityParameters(num(s, "tau_effca", d.tauEffCa()), num(s, "gamma_d", d.gammaD()),
                num(s, "gamma_p", d.gammaP()), thresholds(s, "basal", d.basal()), thresholds(s, "apical", d.apical()));
    }

    private static ThresholdCoefficients thresholds(ElementTable s, String region, ThresholdCoefficients d) {
        return new ThresholdCoefficients(num(s, region + ".a_d_pre", d.dPre()), num(s, region + ".a_d_post", d.dPost()),
                num(s, region + ".a_p_pre", d.pPre()), num(s, region + ".a_p_post", d.pPost()));
    }

    private static double num(ElementTable t, String key, double fallback) {
        return Tables.number(t, key).orElse(fallback);
    }
}
