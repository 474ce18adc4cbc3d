package org.synplast.engine.celltype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.SectionType;

/** The measurement protocols of the cell-type behaviour tests, and the shared test data. */
final class Protocols {

    /**
     * Coarse step for steady states [ms]: the fixed point of the step map (backward Euler,
     * exponential-Euler gates and pools) is the ODE's equilibrium for any dt; 5 ms and 0.025 ms
     * give the same RMP and Rin to 1e-4 mV and 0.01 MΩ.
     */
    static final double STEADY_DT = 5;
    /** Settling time before a steady-state reading [ms]. */
    static final double SETTLE = 2000;
    /** Hyperpolarising test current for input resistance [nA]. */
    static final double RIN_CURRENT = -0.02;

    private Protocols() {
    }

    /**
     * Resting potential and input resistance, NMC {@code run_RmpRiTau.py} style: long steps to
     * the steady state, then the steady-state response to a small hyperpolarising step.
     *
     * @param model the cell
     * @return the measurements
     */
    static Rest rest(CellModel model) {
        Cell cell = Cell.of(model);
        Simulation sim = new Simulation(cell, STEADY_DT);
        int soma = cell.soma();
        sim.initialize();
        sim.run(SETTLE - 200);
        double before = sim.voltage(soma);
        sim.run(SETTLE);
        double rmp = sim.voltage(soma);
        sim.add(new CurrentPulse(soma, SETTLE, 1000, RIN_CURRENT));
        sim.run(SETTLE + 1000);
        return new Rest(rmp, rmp - before, (sim.voltage(soma) - rmp) / RIN_CURRENT);
    }

    /**
     * @param rmp   somatic resting potential [mV]
     * @param drift its change over the last 200 ms of settling [mV]
     * @param rin   input resistance [MΩ]
     */
    record Rest(double rmp, double drift, double rin) {
    }

    /**
     * The compartments of the main path of a dendrite: from the stem on the soma, following at
     * every branch point the child with the largest diameter (the apical trunk, then one tuft
     * branch; for basal trees one stem to a tip).
     *
     * @param cell the cell
     * @param type APICAL or BASAL
     * @return the compartments, proximal to distal (empty if there is no such dendrite)
     */
    static int[] mainPath(Cell cell, SectionType type) {
        Morphology m = cell.model().morphology();
        List<Integer> path = new ArrayList<>();
        int s = -1;
        for (int i = 1; i < m.size() && s < 0; i++) {
            if (m.section(i).type() == type && m.section(m.section(i).parent()).type() == SectionType.SOMA) {
                s = i;
            }
        }
        while (s >= 0) {
            for (int j = 0; j < cell.nseg(s); j++) {
                path.add(cell.firstCompartment(s) + j);
            }
            int next = -1;
            double widest = 0;
            for (int c : m.children(s)) {
                double d = cell.diameter(cell.firstCompartment(c));
                if (d > widest + 1e-9) {
                    widest = d;
                    next = c;
                }
            }
            s = next;
        }
        return path.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The SSCx bAP protocol (cells.md §2.5): a 4 ms somatic step, then the peak depolarisation
     * from the pre-stimulus baseline along the main apical and basal paths, and the peak rise of
     * [Ca]i (cells.md §2.5 sites: soma, AIS = axon[0](0.5), apical and basal at 50 µm).
     *
     * @param model     the cell, with v_init at its resting potential
     * @param amplitude the step [nA]
     * @return the result
     */
    static Bap bap(CellModel model, double amplitude) {
        Cell cell = Cell.of(model);
        Simulation sim = new Simulation(cell);
        int soma = cell.soma();
        double onset = BAP_ONSET;
        sim.add(new CurrentPulse(soma, onset, 4, amplitude));
        sim.initialize();
        sim.run(onset - 1);
        int[] apical = mainPath(cell, SectionType.APICAL);
        int[] basal = mainPath(cell, SectionType.BASAL);
        Profile a = new Profile(cell, apical, sim);
        Profile b = new Profile(cell, basal, sim);
        int ais = -1;
        for (int s = 0; s < cell.model().morphology().size() && ais < 0; s++) {
            if (cell.model().morphology().section(s).type() == SectionType.AXON) {
                ais = cell.compartment(s, 0.5);
            }
        }
        int[] caSites = {soma, ais, nearest(cell, apical, 50), nearest(cell, basal, 50)};
        double[] cai = sim.membrane().ions().cai();
        double[] caBase = new double[caSites.length];
        double[] caPeak = new double[caSites.length];
        for (int i = 0; i < caSites.length; i++) {
            caBase[i] = caSites[i] < 0 ? Double.NaN : cai[caSites[i]];
            caPeak[i] = caBase[i];
        }
        double somaBase = sim.voltage(soma);
        double somaPeak = somaBase;
        while (sim.time() < onset + CA_WINDOW) {
            sim.advance();
            if (sim.time() < onset + 30) {
                a.update(sim);
                b.update(sim);
                somaPeak = Math.max(somaPeak, sim.voltage(soma));
            }
            for (int i = 0; i < caSites.length; i++) {
                if (caSites[i] >= 0) {
                    caPeak[i] = Math.max(caPeak[i], cai[caSites[i]]);
                }
            }
        }
        double[] caRise = new double[caSites.length];
        for (int i = 0; i < caRise.length; i++) {
            caRise[i] = caPeak[i] - caBase[i];
        }
        return new Bap(sim.spikeTimes().length, somaPeak - somaBase, a.distance, a.amplitude(), b.distance, b.amplitude(),
                caRise);
    }

    /** Time after the bAP stimulus over which the [Ca]i peak is sought [ms]. */
    static final double CA_WINDOW = 60;

    private static int nearest(Cell cell, int[] path, double distance) {
        int best = -1;
        double gap = Double.MAX_VALUE;
        for (int c : path) {
            if (Math.abs(cell.distance(c) - distance) < gap) {
                gap = Math.abs(cell.distance(c) - distance);
                best = c;
            }
        }
        return best;
    }

    /**
     * @param spikes          somatic spikes
     * @param somaAmplitude   somatic AP amplitude from baseline [mV]
     * @param apicalDistance  path distance of each apical path compartment [µm]
     * @param apicalAmplitude bAP amplitude there [mV]
     * @param basalDistance   path distance along the basal path [µm]
     * @param basalAmplitude  bAP amplitude there [mV]
     * @param calciumRise     peak [Ca]i rise at soma, AIS, apical 50 µm, basal 50 µm [mM] (NaN where absent)
     */
    record Bap(int spikes, double somaAmplitude, double[] apicalDistance, double[] apicalAmplitude, double[] basalDistance,
            double[] basalAmplitude, double[] calciumRise) {

        /**
         * @param distance [µm], within the apical path
         * @return the apical amplitude there, linearly interpolated [mV]
         */
        double apicalAt(double distance) {
            return interpolate(apicalDistance, apicalAmplitude, distance);
        }

        /**
         * @param distance [µm], within the basal path
         * @return the basal amplitude there, linearly interpolated [mV]
         */
        double basalAt(double distance) {
            return interpolate(basalDistance, basalAmplitude, distance);
        }
    }

    private static double interpolate(double[] x, double[] y, double at) {
        if (at <= x[0]) {
            return y[0];
        }
        for (int i = 1; i < x.length; i++) {
            if (at <= x[i]) {
                return y[i - 1] + (y[i] - y[i - 1]) * (at - x[i - 1]) / (x[i] - x[i - 1]);
            }
        }
        return y[y.length - 1];
    }

    /** Baseline and running peak along a path. */
    private static final class Profile {
        final int[] comps;
        final double[] distance;
        final double[] base;
        final double[] peak;

        Profile(Cell cell, int[] comps, Simulation sim) {
            this.comps = comps;
            distance = new double[comps.length];
            base = new double[comps.length];
            peak = new double[comps.length];
            for (int i = 0; i < comps.length; i++) {
                distance[i] = cell.distance(comps[i]);
                base[i] = sim.voltage(comps[i]);
                peak[i] = base[i];
            }
        }

        void update(Simulation sim) {
            for (int i = 0; i < comps.length; i++) {
                peak[i] = Math.max(peak[i], sim.voltage(comps[i]));
            }
        }

        double[] amplitude() {
            double[] a = new double[comps.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = peak[i] - base[i];
            }
            return a;
        }
    }

    /**
     * Somatic spikes during a step of {@link #STEP_DURATION} from {@link #STEP_ONSET}.
     *
     * @param model     the cell, with v_init at its resting potential
     * @param amplitude [nA]
     * @return the spikes and the peak somatic voltage
     */
    static Firing step(CellModel model, double amplitude) {
        Cell cell = Cell.of(model);
        Simulation sim = new Simulation(cell);
        sim.add(new CurrentPulse(cell.soma(), STEP_ONSET, STEP_DURATION, amplitude));
        sim.initialize();
        double peak = -1e9;
        while (sim.time() < STEP_ONSET + STEP_DURATION) {
            sim.advance();
            peak = Math.max(peak, sim.voltage(cell.soma()));
        }
        return new Firing(sim.spikeTimes(), peak);
    }

    /** Onset of the firing step [ms]. */
    static final double STEP_ONSET = 20;
    /** Duration of the firing step [ms]. */
    static final double STEP_DURATION = 150;
    /** Onset of the bAP stimulus [ms]: time for the dendrites to settle from the somatic v_init. */
    static final double BAP_ONSET = 60;

    /**
     * @param times spike times [ms]
     * @param peak  peak somatic voltage [mV]
     */
    record Firing(double[] times, double peak) {
    }

    /** @return ../shared/testdata found from the working directory upwards, or null */
    static Path testdata() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/testdata").normalize();
            if (Files.isDirectory(candidate.resolve("bap"))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The largest local rise of an amplitude profile: the most any site exceeds the smallest
     * amplitude at a more proximal site (0 for a profile that never rises).
     *
     * @param distance  path distances, increasing [µm]
     * @param amplitude amplitudes there [mV]
     * @return {rise [mV], distance of the proximal minimum [µm], distance of the distal site [µm]}
     */
    static double[] largestRise(double[] distance, double[] amplitude) {
        double[] best = {0, Double.NaN, Double.NaN};
        int min = 0;
        for (int i = 1; i < amplitude.length; i++) {
            if (amplitude[i] - amplitude[min] > best[0]) {
                best = new double[] {amplitude[i] - amplitude[min], distance[min], distance[i]};
            }
            if (amplitude[i] < amplitude[min]) {
                min = i;
            }
        }
        return best;
    }

    /**
     * @param file a two-column CSV (distance µm, amplitude mV)
     * @return the rows
     * @throws IOException if unreadable
     */
    static List<double[]> readBap(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split(",");
            if (f.length >= 2 && !f[0].isBlank()) {
                rows.add(new double[] {Double.parseDouble(f[0].trim()), Double.parseDouble(f[1].trim())});
            }
        }
        return rows;
    }
}
