package org.synplast.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Test;
import org.synplast.engine.mechanism.MechanismKind;
import org.synplast.engine.mechanism.Membrane;

/**
 * Gate initialisation, exponential-Euler relaxation after a voltage step against the analytic
 * exponential, and the current and conductance each channel adds. Exponential Euler is exact
 * for a gate at constant voltage, so the trajectory must match
 * {@code x∞(v1) + (x∞(v0) − x∞(v1)) exp(−t/τ(v1))} to rounding (1e-12 after 400 steps).
 */
class GateDynamicsTest {

    /** eca at NEURON's initial cai0 = 5e-5 mM and cao = 2 mM, 34 °C [mV]. */
    private static final double ECA_AT_CAI0 = 1e3 * 8.314462618 * (273.15 + 34) / (2 * 96485.33212) * Math.log(2 / 5e-5);

    private static final List<MechanismKind> CHANNELS = List.of(NaT.NATA_T, NaT.NATS2_T, NaT.NATG, NapEt2.KIND, KPst.KIND,
            KTst.KIND, SKv31.KIND, CaHva.CA_HVA, CaHva.CA_HVA2, CaLvast.KIND, Ih.KIND, Im.KIND);

    @Test
    void gatesStartAtSteadyStateAndRelaxExponentiallyAfterAVoltageStep() {
        double dt = 0.025;
        for (MechanismKind kind : CHANNELS) {
            for (double[] step : new double[][] {{-80, -20}, {-20, -90}, {-65, 10}}) {
                GatedChannel ch = ChannelFixture.channel(kind);
                Membrane m = ChannelFixture.membrane(step[0], dt);
                ch.initialize(m);
                int n = ch.gateNames().size();
                double[] inf0 = new double[n];
                double[] tau0 = new double[n];
                double[] inf1 = new double[n];
                double[] tau1 = new double[n];
                ch.rates(0, step[0], 0, inf0, tau0);
                ch.rates(0, step[1], 0, inf1, tau1);
                DoubleSupplier[] gate = new DoubleSupplier[n];
                for (int j = 0; j < n; j++) {
                    gate[j] = ch.probe(ch.gateNames().get(j), 0);
                    assertEquals(inf0[j], gate[j].getAsDouble(), 0, kind.name() + " initial state");
                }
                m.v()[0] = step[1];
                for (int s = 1; s <= 400; s++) {
                    ch.advance(m);
                    double t = s * dt;
                    for (int j = 0; j < n; j++) {
                        double exact = inf1[j] + (inf0[j] - inf1[j]) * Math.exp(-t / tau1[j]);
                        assertEquals(exact, gate[j].getAsDouble(), 1e-12, kind.name() + " gate " + j + " at t=" + t);
                    }
                }
            }
        }
    }

    @Test
    void currentIsOhmicInTheGateProductAndGoesToItsIon() {
        Object[][] cases = {{NaT.NATS2_T, "gNaTs2_tbar", new int[] {3, 1}, 50.0},
            {KTst.KIND, "gK_Tstbar", new int[] {4, 1}, -85.0}, {KPst.KIND, "gK_Pstbar", new int[] {2, 1}, -85.0},
            {CaLvast.KIND, "gCa_LVAstbar", new int[] {2, 1}, ECA_AT_CAI0},
            {Ih.KIND, "gIhbar", new int[] {1}, Ih.EHCN}};
        double v = -40;
        for (Object[] c : cases) {
            MechanismKind kind = (MechanismKind) c[0];
            int[] powers = (int[]) c[2];
            double e = (Double) c[3];
            GatedChannel ch = (GatedChannel) ChannelFixture.single(kind, Map.of((String) c[1], 0.7));
            Membrane m = ChannelFixture.membrane(v, 0.025);
            m.ions().eca()[0] = ECA_AT_CAI0;
            ch.initialize(m);
            double open = 0.7;
            for (int j = 0; j < powers.length; j++) {
                open *= Math.pow(ch.probe(ch.gateNames().get(j), 0).getAsDouble(), powers[j]);
            }
            ch.current(m);
            assertEquals(open * (v - e), m.current()[0], 1e-15, kind.name() + " current");
            assertEquals(open, m.conductance()[0], 1e-15, kind.name() + " conductance");
            double ionic = switch (ch.ion()) {
                case NA -> m.ions().ina()[0];
                case K -> m.ions().ik()[0];
                case CA -> m.ions().ica()[0];
                case NONSPECIFIC -> m.ions().ina()[0] + m.ions().ik()[0] + m.ions().ica()[0];
            };
            assertEquals(ch.ion() == Ion.NONSPECIFIC ? 0 : open * (v - e), ionic, 1e-15, kind.name() + " ionic current");
        }
    }

    @Test
    void skE2FollowsCalcium() {
        GatedChannel sk = (GatedChannel) ChannelFixture.single(SKE2.KIND, Map.of("gSK_E2bar", 1.0));
        Membrane m = ChannelFixture.membrane(-60, 0.025);
        sk.initialize(m);
        DoubleSupplier z = sk.probe("z", 0);
        double z0 = 1 / (1 + Math.pow(0.00043 / 5e-5, 4.8));
        assertEquals(z0, z.getAsDouble(), 1e-15);
        m.ions().cai()[0] = 1e-3;
        double zInf = 1 / (1 + Math.pow(0.43, 4.8));
        for (int s = 1; s <= 400; s++) {
            sk.advance(m);
            assertEquals(zInf + (z0 - zInf) * Math.exp(-s * 0.025 / 1.0), z.getAsDouble(), 1e-12);
        }
        assertTrue(z.getAsDouble() > 0.98, "z approaches 1/(1 + 0.43^4.8) = 0.983");
    }

}
