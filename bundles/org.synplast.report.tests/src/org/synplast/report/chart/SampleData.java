package org.synplast.report.chart;

import java.util.ArrayList;
import java.util.List;

import org.synplast.report.data.MeanLine;
import org.synplast.report.data.MeanSem;
import org.synplast.report.data.RatioComparison;
import org.synplast.report.data.SweepGrid;
import org.synplast.report.data.SynapseTrace;
import org.synplast.report.data.SynapseTraces;
import org.synplast.report.data.TimeCourse;

/** Deterministic report data shaped like a real run, shared by the report tests. */
public final class SampleData {

    private SampleData() {
    }

    /** A 10 min baseline, 1 min induction and 20 min after, one test pulse every 10 s, ratio 1.3. */
    public static TimeCourse timeCourse() {
        int n = 181;
        double[] t = new double[n];
        double[] mean = new double[n];
        double[] sem = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = -10 + i / 6.0;
            double base = t[i] < 1 ? 1.0 : 1.3;
            mean[i] = base + 0.05 * Math.sin(i * 0.7);
            sem[i] = 0.08;
        }
        return new TimeCourse("mrk97_02 (5 Hz, Δt = +5 ms)", t, mean, sem,
                new MeanLine(-10, 0, 1.0), new MeanLine(11, 20, 1.3), 0, 1);
    }

    /** Three experiments, one without in vitro data. */
    public static List<RatioComparison> comparisons() {
        return List.of(
                new RatioComparison("mrk97_01", new MeanSem(0.988, 0.02, 50), new MeanSem(0.9886, 0.04, 2), 0.98),
                new RatioComparison("mrk97_02", new MeanSem(0.943, 0.03, 50), new MeanSem(1.0161, 0.0727, 5), 0.031),
                new RatioComparison("sweep_point", new MeanSem(1.21, 0.05, 50), null, Double.NaN));
    }

    /** Four synapses over one second of ρ relaxing and calcium transients. */
    public static SynapseTraces traces() {
        int n = 1001;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
        }
        List<SynapseTrace> synapses = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            double[] rho = new double[n];
            double[] ca = new double[n];
            for (int i = 0; i < n; i++) {
                rho[i] = s % 2 == 0 ? 1 - Math.exp(-t[i] / 300.0) : Math.exp(-t[i] / 300.0);
                ca[i] = 0.07 + 2.0 * Math.exp(-(i % 200) / 20.0) * (s + 1) / 4.0;
            }
            synapses.add(new SynapseTrace("synapse " + s, rho, ca));
        }
        return new SynapseTraces("pair 7", t, synapses, "[Ca²⁺]i [µM]");
    }

    /** A 5 × 7 grid for the given [Ca2+]o label, potentiation at positive Δt scaled by {@code gain}. */
    public static SweepGrid grid(String label, double gain) {
        double[] f = {1, 5, 10, 20, 50};
        double[] dt = {-50, -25, -10, 0, 10, 25, 50};
        double[][] r = new double[f.length][dt.length];
        for (int i = 0; i < f.length; i++) {
            for (int j = 0; j < dt.length; j++) {
                r[i][j] = 1 + gain * Math.signum(dt[j]) * Math.exp(-Math.abs(dt[j]) / 30) * f[i] / 50;
            }
        }
        r[0][3] = Double.NaN;
        return new SweepGrid(label, f, dt, r);
    }
}
