package org.synplast.engine.celltype;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * L5 TTPC (cADpyr_L5TPC on the C060114A5 stand-in) against cells.md §2.5: SSCx targets RMP
 * −77.12 ± 3.66 mV, Rin 53.37 ± 17.12 MΩ, threshold current 0.3094 nA, bAP 72.47 ± 5.38 mV at
 * 208 µm apical; and against the digitised experimental bAP amplitudes in
 * ../shared/testdata/bap (Stuart &amp; Sakmann 1994, Larkum et al. 2001 apical; Nevian et al.
 * 2007 basal; skipped when absent); bAP-evoked [Ca]i peaks (cells.md §2.5) at soma and AIS
 * (Schiller et al. 1995, 1.31e−4 ± 9.01e−5 mM) and proximal apical dendrite (Helmchen et al.
 * 1996, 2.62e−4 ± 0.90e−4 mM) within 3 SD. Not asserted, reported instead: the second SSCx bAP
 * target, 57.68 ± 6.25 mV at 402 µm (the stand-in attenuates faster distally, see the package
 * documentation), and the proximal basal [Ca]i target 5.24e−4 mM (the stand-in's basal stems
 * keep their stem diameter to ~80 µm, and DC0 influx scales with 4/diam).
 */
class L5TtpcBehaviourTest extends CellTypeBehaviour {

    /** Data are compared within the proximal range where the stand-in's trunk diameters are measured facts. */
    private static final double PROXIMAL = 300; // [µm]
    /** Allowed RMS deviation from the data [mV]: about 1.5 times the data's own scatter (≈ 10 mV). */
    private static final double RMS = 15;
    /** Allowed mean deviation from the data [mV]. */
    private static final double BIAS = 10;

    @Override
    CellType type() {
        return CellType.L5_TTPC;
    }

    @Override
    Target restingPotential() {
        return new Target(-77.12, 3.66);
    }

    @Override
    Target inputResistance() {
        return new Target(53.37, 17.12);
    }

    @Override
    double thresholdCurrent() {
        return 0.3094;
    }

    @Test
    void bapAt208MicronsWithinSscxTarget() {
        new Target(72.47, 5.38).assertWithin(bap.apicalAt(208), BAP_SDS, "bAP at 208 µm [mV]");
    }

    @Test
    void bapCalciumAtSomaAisAndApicalWithinSscxTargets() {
        double[] rise = bap.calciumRise();
        Target schiller = new Target(1.31e-4, 9.01e-5);
        schiller.assertWithin(rise[0], STEADY_SDS, "somatic [Ca]i rise [mM]");
        schiller.assertWithin(rise[1], STEADY_SDS, "AIS [Ca]i rise [mM]");
        new Target(2.62e-4, 0.90e-4).assertWithin(rise[2], STEADY_SDS, "apical 50 µm [Ca]i rise [mM]");
    }

    @Test
    void apicalBapMatchesStuartSakmannAndLarkumProximally() throws IOException {
        List<double[]> data = new ArrayList<>(data("StuartSakmann1994_Fig1.csv"));
        data.addAll(data("Larkum2001_Fig8.csv"));
        assertAgrees(data, bap::apicalAt, "apical");
    }

    @Test
    void basalBapMatchesNevian() throws IOException {
        assertAgrees(data("Nevian2007_Fig1.csv"), bap::basalAt, "basal");
    }

    private static List<double[]> data(String file) throws IOException {
        Path dir = Protocols.testdata();
        assumeTrue(dir != null, "../shared/testdata absent");
        return Protocols.readBap(dir.resolve("bap").resolve(file));
    }

    private static void assertAgrees(List<double[]> data, DoubleUnaryOperator model, String where) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (double[] p : data) {
            if (p[0] <= PROXIMAL) {
                double r = model.applyAsDouble(p[0]) - p[1];
                sum += r;
                sq += r * r;
                n++;
            }
        }
        double bias = sum / n;
        double rms = Math.sqrt(sq / n);
        assertTrue(n >= 10, where + " data points: " + n);
        assertTrue(Math.abs(bias) <= BIAS && rms <= RMS, where + " bAP vs data: bias " + bias + " mV, rms " + rms + " mV");
    }
}
