package org.synplast.compiler.stages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.synplast.compiler.Diagnostics;
import org.synplast.compiler.LoweringStage;
import org.synplast.compiler.canonical.Canonical;
import org.synplast.compiler.canonical.ElementTable;
import org.synplast.engine.EngineException;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.Switches;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.Induction;
import org.synplast.experiment.plan.PostStimulus;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.plan.ReadOut;
import org.synplast.experiment.plan.TestPulses;

/**
 * Stage 5, protocol schedules: conditions and blockers, baseline and post-induction test pulses,
 * the pairing bursts and how the postsynaptic spikes are evoked, the read-out.
 */
public final class ProtocolStage implements LoweringStage<ConnectionStage.Connections, ProtocolStage.Protocols> {

    /**
     * @param connections the previous stage's output
     * @param protocols   protocol plans by qualified name
     */
    public record Protocols(ConnectionStage.Connections connections, Map<String, ProtocolPlan> protocols) {

        /** Copies. */
        public Protocols {
            protocols = Map.copyOf(protocols);
        }
    }

    @Override
    public Protocols apply(ConnectionStage.Connections connections, Diagnostics diagnostics) {
        Map<String, ProtocolPlan> plans = new LinkedHashMap<>();
        for (ElementTable t : connections.cells().model().elements().values()) {
            if (t.kind().equals("protocol")) {
                build(t, diagnostics).ifPresent(p -> plans.put(t.qualifiedName(), p));
            }
        }
        return new Protocols(connections, plans);
    }

    private static Optional<ProtocolPlan> build(ElementTable p, Diagnostics diagnostics) {
        try {
            Conditions conditions = new Conditions(num(p, "conditions.ca_o"), num(p, "conditions.mg_o"),
                    num(p, "conditions.temperature"));
            PostStimulus post = p.get("induction.post_current").filter(v -> v instanceof Canonical.Num)
                    .<PostStimulus>map(v -> new PostStimulus.Given(num(p, "induction.post_pulse_width"),
                            ((Canonical.Num) v).value()))
                    .orElseGet(() -> new PostStimulus.Calibrated(num(p, "induction.post_pulse_width")));
            Induction induction = new Induction(count(p, "induction.pre_spikes"), count(p, "induction.post_spikes"),
                    num(p, "induction.frequency"), num(p, "induction.dt"), count(p, "induction.sweeps"),
                    num(p, "induction.sweep_period"), post);
            ReadOut readOut = new ReadOut("slope".equals(Tables.symbol(p, "readout.measure").orElse("amplitude"))
                    ? ReadOut.Measure.SLOPE : ReadOut.Measure.AMPLITUDE, count(p, "readout.last"),
                    num(p, "readout.window"));
            boolean fastForward = p.get("fast_forward").map(v -> ((Canonical.Flag) v).value()).orElse(true);
            return Optional.of(new ProtocolPlan(p.simpleName(), conditions, switches(p, diagnostics),
                    ProtocolPlan.DEFAULT_REST_MS, pulses(p, "baseline"), induction, pulses(p, "after"), readOut,
                    fastForward));
        } catch (MissingSetting ex) {
            diagnostics.error(p.location(), "protocol " + p.simpleName() + " needs '" + ex.getMessage()
                    + "'; set it in the protocol or in the protocol it extends");
        } catch (EngineException | ExperimentException | IllegalArgumentException ex) {
            diagnostics.error(p.location(), "protocol " + p.simpleName() + ": " + ex.getMessage());
        }
        return Optional.empty();
    }

    private static Switches switches(ElementTable p, Diagnostics diagnostics) {
        boolean nmda = false;
        boolean vdcc = false;
        boolean mk801 = false;
        Canonical blockers = p.get("conditions.blockers").orElse(new Canonical.Listing(List.of()));
        List<Canonical> list = blockers instanceof Canonical.Listing l ? l.values() : List.of(blockers);
        for (Canonical b : list) {
            switch (((Canonical.Sym) b).name()) {
            case "NMDA" -> nmda = true;
            case "VDCC" -> vdcc = true;
            case "MK801" -> mk801 = true;
            default -> diagnostics.error(p.locate("conditions.blockers"), "the engine cannot block "
                    + ((Canonical.Sym) b).name() + "; use MK801, NMDA or VDCC");
            }
        }
        return new Switches(nmda, vdcc, mk801, false, false);
    }

    private static TestPulses pulses(ElementTable p, String block) {
        double period = num(p, block + ".period");
        Optional<Double> duration = Tables.number(p, block + ".duration");
        int count = duration.isPresent() ? (int) Math.floor(duration.get() / period) : count(p, block + ".pulses");
        return new TestPulses(period, count);
    }

    private static double num(ElementTable t, String key) {
        return Tables.number(t, key).orElseThrow(() -> new MissingSetting(key));
    }

    private static int count(ElementTable t, String key) {
        return (int) Math.round(num(t, key));
    }

    /** A required setting is absent (the validator reports it too). */
    private static final class MissingSetting extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MissingSetting(String key) {
            super(key, null, false, false);
        }
    }
}
