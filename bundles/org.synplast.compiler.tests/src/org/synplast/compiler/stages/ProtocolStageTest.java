package org.synplast.compiler.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synplast.compiler.Diagnostics;
import org.synplast.compiler.canonical.Canonical;
import org.synplast.experiment.plan.PostStimulus;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.plan.ReadOut;

class ProtocolStageTest {

    private static TablesFixture protocol(Object... extra) {
        Object[] base = {"conditions.ca_o", 2.5, "conditions.mg_o", 1.0, "conditions.temperature", 34,
                "conditions.blockers", new Canonical.Listing(List.of(new Canonical.Sym("MK801"))), "baseline.period",
                10000, "baseline.pulses", 60, "after.period", 10000, "after.pulses", 60, "induction.pre_spikes", 5,
                "induction.post_spikes", 5, "induction.frequency", 10, "induction.dt", -10, "induction.sweeps", 10,
                "induction.sweep_period", 4000, "induction.post_current", new Canonical.Sym("calibrated"),
                "induction.post_pulse_width", 3, "readout.measure", new Canonical.Sym("slope"), "readout.last", 60,
                "readout.window", 100, "fast_forward", new Canonical.Flag(true)};
        Object[] all = new Object[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return new TablesFixture().add("protocol", "p", all);
    }

    private static Map<String, ProtocolPlan> lower(TablesFixture f, Diagnostics d) {
        CellStage.Cells cells = new CellStage.Cells(f.model(), Map.of());
        return new ProtocolStage().apply(new ConnectionStage.Connections(cells, Map.of()), d).protocols();
    }

    @Test
    void lowersEverySettingInCanonicalUnits() {
        Diagnostics d = new Diagnostics();
        ProtocolPlan p = lower(protocol(), d).get("p");
        assertFalse(d.hasErrors(), d.list().toString());
        assertEquals(2.5, p.conditions().caO());
        assertTrue(p.switches().mk801());
        assertEquals(-10, p.induction().deltaTMs());
        assertEquals(4000, p.induction().sweepPeriodMs());
        assertEquals(new PostStimulus.Calibrated(3), p.induction().post());
        assertEquals(ReadOut.Measure.SLOPE, p.readOut().measure());
        assertEquals(60, p.baseline().count());
    }

    @Test
    void durationGivesTheNumberOfTestPulses() {
        Diagnostics d = new Diagnostics();
        ProtocolPlan p = lower(protocol("after.duration", 1_200_000), d).get("p");
        assertEquals(120, p.after().count());
    }

    @Test
    void givenCurrentIsKept() {
        Diagnostics d = new Diagnostics();
        ProtocolPlan p = lower(protocol("induction.post_current", 1.2), d).get("p");
        assertEquals(new PostStimulus.Given(3, 1.2), p.induction().post());
    }

    @Test
    void missingRequiredSettingIsADiagnosticNotAnException() {
        TablesFixture f = new TablesFixture().add("protocol", "p", "conditions.ca_o", 2.0);
        Diagnostics d = new Diagnostics();
        assertTrue(lower(f, d).isEmpty());
        assertTrue(d.hasErrors());
        assertTrue(d.list().get(0).message().contains("needs '"), d.list().toString());
    }
}
