package org.synplast.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cable.Trace;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.mechanism.DensityMechanism;
import org.synplast.engine.mechanism.Membrane;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

/**
 * The calcium pools against the closed-form solution of {@code dcai/dt = A − (cai − minCai)/decay}
 * for a constant calcium current, their initial states, and eca following Nernst in a
 * simulation (channels.md: 140.2 mV at 5e−5 mM, 136.8 at 6.5e−5, 131.1 at 1e−4).
 */
class CalciumPoolTest {

    private static final double F = 96485.33212;

    private static double[] closedForm(double ica, double gamma, double depth, double decay, double minCai, double cai0,
            double t) {
        double drive = -10000 * ica * gamma / (2 * F * depth);
        double steady = minCai + drive * decay;
        return new double[] {steady + (cai0 - steady) * Math.exp(-t / decay), steady};
    }

    @Test
    void e2RelaxesToTheCurrentDrivenSteadyStateAsTheClosedForm() {
        double gamma = 0.000609;
        double decay = 210.485284;
        DensityMechanism pool = ChannelFixture.single(CaDynamicsE2.KIND, Map.of("gamma", gamma, "decay", decay));
        Membrane m = ChannelFixture.membrane(-70, 0.025);
        pool.initialize(m);
        assertEquals(5e-5, m.ions().cai()[0], 0, "no INITIAL block: cai0 of the ion");
        double ica = -2e-4;
        for (int s = 1; s <= 20000; s++) {
            m.ions().ica()[0] = ica;
            pool.advance(m);
            if (s % 1000 == 0) {
                double exact = closedForm(ica, gamma, 0.1, decay, 1e-4, 5e-5, s * 0.025)[0];
                assertEquals(exact, m.ions().cai()[0], 1e-12 * exact, "cai at step " + s);
            }
        }
        assertTrue(pool.writesCalcium());
    }

    @Test
    void dc0StartsAtMinCaiAndEqualsE2WithDepthOfAQuarterDiameter() {
        double diam = 2.8;
        DensityMechanism dc0 = ChannelFixture.single(CaDynamicsDc0.kind(c -> diam), Map.of("gamma", 0.045, "decay", 70.0));
        DensityMechanism e2 = ChannelFixture.single(CaDynamicsE2.KIND,
                Map.of("gamma", 0.045, "decay", 70.0, "depth", diam / 4, "minCai", 6.5e-5));
        Membrane a = ChannelFixture.membrane(-70, 0.025);
        Membrane b = ChannelFixture.membrane(-70, 0.025);
        dc0.initialize(a);
        b.ions().cai()[0] = 6.5e-5;
        assertEquals(CaDynamicsDc0.MIN_CAI, a.ions().cai()[0], 0);
        for (int s = 1; s <= 4000; s++) {
            double ica = s <= 400 ? -1e-3 : 0;
            a.ions().ica()[0] = ica;
            b.ions().ica()[0] = ica;
            dc0.advance(a);
            e2.advance(b);
            assertEquals(b.ions().cai()[0], a.ions().cai()[0], 1e-15);
            if (s == 400) {
                double exact = closedForm(ica, 0.045, diam / 4, 70, 6.5e-5, 6.5e-5, 10)[0];
                assertEquals(exact, a.ions().cai()[0], 1e-12 * exact, "cai after a 10 ms influx");
            }
        }
    }

    @Test
    void ecaFollowsNernstOfThePoolEveryStep() {
        Morphology soma = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20))));
        Set<SectionType> s = Set.of(SectionType.SOMA);
        CellModel model = new CellModel(soma, new Discretization.Fixed(1),
                Map.of(SectionType.SOMA, new RegionProperties(1, 100, 50, -85)),
                List.of(new Insertion(Pas.KIND, s, Map.of()).with("g", 3e-5).with("e", -75),
                        Insertion.of(CaHva.CA_HVA, s).with("gCa_HVAbar", 0.01),
                        Insertion.of(CaDynamicsE2.KIND, s).with("gamma", 0.05).with("decay", 80)),
                34, -75, -20, DistanceOrigin.SOMA_CENTER);
        Simulation sim = new Simulation(Cell.of(model));
        int c = sim.cell().soma();
        Trace cai = sim.record(sim.probe("cai", c), 1);
        Trace eca = sim.record(sim.probe("eca", c), 1);
        sim.add(new CurrentPulse(c, 5, 40, 0.04));
        sim.initialize();
        assertEquals(140.2, eca.value(0), 0.05, "eca at cai0 = 5e-5 mM");
        sim.run(60);
        double max = 0;
        for (int i = 1; i < cai.size(); i++) {
            assertEquals(nernst(cai.value(i - 1)), eca.value(i), 1e-9, "eca of step " + i);
            max = Math.max(max, cai.value(i));
        }
        double relaxed = 1e-4 - 5e-5 * Math.exp(-60.0 / 80); // without influx
        assertTrue(max > relaxed + 5e-5, "the Ca current of a 40 ms depolarisation fills the pool: " + max);
        assertEquals(136.8, nernst(6.5e-5), 0.05);
        assertEquals(131.1, nernst(1e-4), 0.05);
    }

    private static double nernst(double cai) {
        return 1e3 * 8.314462618 * (273.15 + 34) / (2 * F) * Math.log(2 / cai);
    }
}
