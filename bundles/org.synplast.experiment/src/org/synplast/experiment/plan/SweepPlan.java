package org.synplast.experiment.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synplast.engine.synapse.Conditions;
import org.synplast.experiment.ExperimentException;

/**
 * A grid over protocol parameters of a base experiment: [Ca²⁺]o levels × intra-burst frequencies
 * × Δt. An empty axis keeps the base value. Every point keeps the base seed, so all points see
 * the same pairs and synapses (common random numbers), and no in vitro result.
 *
 * @param name         the sweep's name
 * @param base         the experiment whose protocol is varied
 * @param caOMm        [Ca²⁺]o levels [mM], outermost axis
 * @param frequencyHz  intra-burst frequencies [Hz]
 * @param deltaTMs     Δt values [ms], innermost axis
 */
public record SweepPlan(String name, ExperimentPlan base, double[] caOMm, double[] frequencyHz, double[] deltaTMs) {

    /** One point of the grid. */
    public record Point(int index, double caOMm, double frequencyHz, double deltaTMs, ExperimentPlan plan) {
    }

    /** Validates and copies. */
    public SweepPlan {
        ExperimentException.require(name != null && !name.isBlank(), "sweep name", "non-blank", name);
        ExperimentException.require(base != null, "sweep base experiment", "set", name);
        caOMm = caOMm.clone();
        frequencyHz = frequencyHz.clone();
        deltaTMs = deltaTMs.clone();
        for (double c : caOMm) {
            ExperimentException.require(c > 0 && Double.isFinite(c), "sweep [Ca2+]o [mM]", "positive", c);
        }
        for (double f : frequencyHz) {
            ExperimentException.require(f > 0 && Double.isFinite(f), "sweep frequency [Hz]", "positive", f);
        }
        for (double d : deltaTMs) {
            ExperimentException.require(Double.isFinite(d), "sweep delta t [ms]", "finite", d);
        }
    }

    @Override
    public double[] caOMm() {
        return caOMm.clone();
    }

    @Override
    public double[] frequencyHz() {
        return frequencyHz.clone();
    }

    @Override
    public double[] deltaTMs() {
        return deltaTMs.clone();
    }

    /** @return the grid points in order: [Ca²⁺]o outermost, then frequency, then Δt */
    public List<Point> points() {
        ProtocolPlan p = base.protocol();
        double[] cas = caOMm.length > 0 ? caOMm : new double[] {p.conditions().caO()};
        double[] fs = frequencyHz.length > 0 ? frequencyHz : new double[] {p.induction().frequencyHz()};
        double[] dts = deltaTMs.length > 0 ? deltaTMs : new double[] {p.induction().deltaTMs()};
        List<Point> points = new ArrayList<>(cas.length * fs.length * dts.length);
        for (double ca : cas) {
            Conditions c = new Conditions(ca, p.conditions().mgO(), p.conditions().celsius());
            for (double f : fs) {
                for (double dt : dts) {
                    String label = String.format(Locale.ROOT, "%s[ca=%s,f=%s,dt=%s]", name, ca, f, dt);
                    ProtocolPlan q = p.withConditions(c).withInduction(p.induction().withFrequency(f).withDeltaT(dt))
                            .withName(label);
                    points.add(new Point(points.size(), ca, f, dt, base.withProtocol(label, q)));
                }
            }
        }
        return List.copyOf(points);
    }
}
