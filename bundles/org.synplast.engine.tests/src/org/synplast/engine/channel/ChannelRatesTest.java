package org.synplast.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.DoubleFunction;

import org.junit.jupiter.api.Test;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * Steady states and time constants of every channel against the literal channels.md formulas of
 * {@link ReferenceRates}, over −120..60 mV, and at the removable singularities.
 *
 * <p>Tolerances: away from singular points both evaluate the same closed forms in a different
 * order ({@code expm1} here), so they agree to rounding: relative 1e-10. At a singular point the
 * sources shift v by 1e−4 mV while the engine takes the analytic limit; the rates' relative
 * slope is below 0.2/mV, so they agree within 1e−4 relative.
 */
class ChannelRatesTest {

    private static final double ROUNDING = 1e-10;
    private static final double GUARD = 1e-4;

    /** Compares all gates of a channel with reference {x∞, τx, ...} over the voltage grid. */
    private static void assertRates(MechanismKind kind, Map<String, Double> params, DoubleFunction<double[]> reference) {
        GatedChannel ch = (GatedChannel) ChannelFixture.single(kind, params);
        // the grid keeps ≥ 0.05 mV from every singular point, where the literal formulas cancel
        for (int i = 0; i <= 72; i++) {
            double v = -120.05 + 2.5 * i;
            assertAt(ch, v, 6.5e-5, reference.apply(v), ROUNDING);
        }
    }

    private static void assertAt(GatedChannel ch, double v, double cai, double[] expected, double rel) {
        int n = ch.gateNames().size();
        double[] inf = new double[n];
        double[] tau = new double[n];
        ch.rates(0, v, cai, inf, tau);
        for (int j = 0; j < n; j++) {
            String what = ch.name() + "." + ch.gateNames().get(j) + " at " + v + " mV";
            assertEquals(expected[2 * j], inf[j], rel * Math.abs(expected[2 * j]) + 1e-300, what + " inf");
            assertEquals(expected[2 * j + 1], tau[j], rel * expected[2 * j + 1], what + " tau");
        }
    }

    @Test
    void naTaT() {
        assertRates(NaT.NATA_T, Map.of(), v -> ReferenceRates.nat(v, -38, 6, -66, 6));
    }

    @Test
    void naTs2T() {
        assertRates(NaT.NATS2_T, Map.of(), v -> ReferenceRates.nat(v, -32, 6, -60, 6));
    }

    @Test
    void naTgDefaultsEqualNaTaT() {
        assertRates(NaT.NATG, Map.of(), v -> ReferenceRates.nat(v, -38, 6, -66, 6));
    }

    @Test
    void naTgWithTheShiftsOfThePyrJsonRegions() {
        assertRates(NaT.NATG, Map.of("vshifth", 10.0, "slopem", 9.0), v -> ReferenceRates.nat(v, -38, 9, -56, 6));
        assertRates(NaT.NATG, Map.of("vshiftm", 13.0, "vshifth", 15.0, "slopem", 7.0),
                v -> ReferenceRates.nat(v, -25, 7, -51, 6));
        assertRates(NaT.NATG, Map.of("vshiftm", 6.0, "vshifth", 6.0), v -> ReferenceRates.nat(v, -32, 6, -60, 6));
    }

    @Test
    void napEt2() {
        assertRates(NapEt2.KIND, Map.of(), ReferenceRates::napEt2);
    }

    @Test
    void kPst() {
        assertRates(KPst.KIND, Map.of(), ReferenceRates::kPst);
        // both branches of τm next to the switch at u = v + 10 = −50
        GatedChannel ch = ChannelFixture.channel(KPst.KIND);
        assertAt(ch, -60.000001, 0, ReferenceRates.kPst(-60.000001), ROUNDING);
        assertAt(ch, -60, 0, ReferenceRates.kPst(-60), ROUNDING);
    }

    @Test
    void kTst() {
        assertRates(KTst.KIND, Map.of(), ReferenceRates::kTst);
    }

    @Test
    void sKv31() {
        assertRates(SKv31.KIND, Map.of(), ReferenceRates::sKv31);
    }

    @Test
    void caHva() {
        assertRates(CaHva.CA_HVA, Map.of(), v -> ReferenceRates.caHva(v, 0));
    }

    @Test
    void caHva2ShiftsOnlyInactivationBy12point3() {
        assertRates(CaHva.CA_HVA2, Map.of(), v -> ReferenceRates.caHva(v, 12.3));
    }

    @Test
    void caLvast() {
        assertRates(CaLvast.KIND, Map.of(), ReferenceRates::caLvast);
    }

    @Test
    void ih() {
        assertRates(Ih.KIND, Map.of(), ReferenceRates::ih);
    }

    @Test
    void im() {
        assertRates(Im.KIND, Map.of(), ReferenceRates::im);
    }

    @Test
    void skE2DependsOnCalciumOnly() {
        GatedChannel ch = ChannelFixture.channel(SKE2.KIND);
        for (double cai : new double[] {0, 5e-8, 1e-7, 5e-5, 4.3e-4, 1e-3, 1e-2}) {
            for (double v : new double[] {-90, 0}) {
                assertAt(ch, v, cai, ReferenceRates.skE2(cai), ROUNDING);
            }
        }
        double[] inf = new double[1];
        double[] tau = new double[1];
        ch.rates(0, -70, 4.3e-4, inf, tau);
        assertEquals(0.5, inf[0], 1e-15, "half activation at 0.43 µM");
        ((GatedChannel) ChannelFixture.single(SKE2.KIND, Map.of("zTau", 3.0))).rates(0, -70, 1e-4, inf, tau);
        assertEquals(3.0, tau[0], 0, "zTau is a RANGE parameter");
    }

    @Test
    void removableSingularitiesTakeTheirAnalyticLimits() {
        double[][] points = {{-38, -66}, {-32, -60}};
        MechanismKind[] nat = {NaT.NATA_T, NaT.NATS2_T};
        for (int i = 0; i < 2; i++) {
            GatedChannel ch = ChannelFixture.channel(nat[i]);
            double v0 = points[i][0];
            double w0 = points[i][1];
            assertAt(ch, v0, 0, ReferenceRates.nat(v0, v0, 6, w0, 6), GUARD);
            assertAt(ch, w0, 0, ReferenceRates.nat(w0, v0, 6, w0, 6), GUARD);
            // exact limits: αm = 0.182·6, βm = 0.124·6 at V0
            double[] inf = new double[2];
            double[] tau = new double[2];
            ch.rates(0, v0, 0, inf, tau);
            assertEquals(0.182 / (0.182 + 0.124), inf[0], 1e-15);
            assertEquals(1 / (6 * (0.182 + 0.124) * Rates.QT), tau[0], 1e-15);
            ch.rates(0, w0, 0, inf, tau);
            assertEquals(0.5, inf[1], 1e-15);
            assertEquals(1 / (2 * 0.015 * 6 * Rates.QT), tau[1], 1e-13);
        }
        GatedChannel nap = ChannelFixture.channel(NapEt2.KIND);
        for (double v : new double[] {-38, -17, -64.4}) {
            assertAt(nap, v, 0, ReferenceRates.napEt2(v), GUARD);
        }
        GatedChannel hva = ChannelFixture.channel(CaHva.CA_HVA);
        assertAt(hva, -27, 0, ReferenceRates.caHva(-27, 0), GUARD);
        double[] inf = new double[2];
        double[] tau = new double[2];
        hva.rates(0, -27, 0, inf, tau);
        double bm = 0.94 * Math.exp(-48.0 / 17);
        assertEquals(1 / (0.209 + bm), tau[0], 1e-14);
        GatedChannel ih = ChannelFixture.channel(Ih.KIND);
        assertAt(ih, -154.9, 0, ReferenceRates.ih(-154.9), GUARD);
        ih.rates(0, -154.9, 0, inf, tau);
        assertEquals(1 / (0.076517 + 0.193 * Math.exp(-154.9 / 33.1)), tau[0], 1e-12);
    }

    @Test
    void ratesAreContinuousThroughTheSingularPoints() {
        Object[][] cases = {{NaT.NATA_T, -38.0}, {NaT.NATA_T, -66.0}, {NapEt2.KIND, -17.0}, {NapEt2.KIND, -64.4},
            {CaHva.CA_HVA, -27.0}, {Ih.KIND, -154.9}};
        for (Object[] c : cases) {
            GatedChannel ch = ChannelFixture.channel((MechanismKind) c[0]);
            double v = (Double) c[1];
            int n = ch.gateNames().size();
            double[] inf0 = new double[n];
            double[] tau0 = new double[n];
            double[] inf1 = new double[n];
            double[] tau1 = new double[n];
            ch.rates(0, v, 0, inf0, tau0);
            for (double dv : new double[] {-1e-9, 1e-9, -1e-6, 1e-6}) {
                ch.rates(0, v + dv, 0, inf1, tau1);
                for (int j = 0; j < n; j++) {
                    assertEquals(inf0[j], inf1[j], 1e-6 * inf0[j], ch.name() + " inf near " + v);
                    assertEquals(tau0[j], tau1[j], 1e-6 * tau0[j], ch.name() + " tau near " + v);
                }
            }
        }
    }

    @Test
    void temperatureFactorIsTheHardCodedConstant() {
        assertEquals(2.952882641, Rates.QT, 1e-9);
    }
}
