package org.synplast.experiment.bench;

import java.util.Locale;

import org.synplast.engine.celltype.CellType;
import org.synplast.engine.mechanism.RateEvaluation;
import org.synplast.experiment.plan.ConnectionPlan;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Experiments;
import org.synplast.experiment.plan.InVitroResult;
import org.synplast.experiment.plan.Protocols;
import org.synplast.experiment.plan.SynapseCount;

/**
 * Prints {@link PerformanceBenchmark} for the engine's L5 TTPC and an mrk97_07 experiment built
 * in code (not a unit test; the CLI's {@code synplast bench} passes the compiled plan instead).
 * Usage, from the repository root after {@code ./mvnw verify} of engine and experiment:
 * <pre>
 * java -cp bundles/org.synplast.engine/target/classes:bundles/org.synplast.experiment/target/classes:\
 *   bundles/org.synplast.experiment.tests/target/test-classes:bundles/org.synplast.experiment.tests/target/classes:\
 *   ~/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar:\
 *   ~/.m2/repository/com/google/code/gson/gson/2.10/gson-2.10.jar \
 *   org.synplast.experiment.bench.BenchMain [pairs=2] [threads=1] [test spikes per phase=60] [timed ms=500] [sweeps=10]
 * </pre>
 * The connection is {@link Experiments#l5ttpc} with 4–14 synapses per pair.
 */
public final class BenchMain {

    private BenchMain() {
    }

    /** @param args pairs, threads, test spikes per phase, timed throughput duration [ms], sweeps */
    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int tests = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        double timedMs = args.length > 3 ? Double.parseDouble(args[3]) : 500;
        int sweeps = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        for (RateEvaluation rates : RateEvaluation.values()) {
            PerformanceBenchmark.Throughput t = PerformanceBenchmark.throughput(CellType.L5_TTPC.model(), 10, 100,
                    timedMs, rates);
            System.out.printf(Locale.ROOT, "fixed step, %s rates, L5 TTPC with %d synapses: %d compartments, %d steps "
                    + "in %.3f s (%.3f s CPU), %d spikes: %.3e compartment-steps/s (%.3e per CPU second)%n", rates,
                    t.synapses(), t.compartments(), t.steps(), t.seconds(), t.cpuSeconds(), t.spikes(),
                    t.compartmentStepsPerSecond(), t.compartmentStepsPerCpuSecond());
        }
        ConnectionPlan connection = Experiments.l5ttpc(new SynapseCount.Uniform(4, 14));
        ExperimentPlan plan = new ExperimentPlan("mrk97_07", connection,
                Protocols.pairing("mrk97_07", 5, 10, 10, sweeps, 4000, tests), pairs, 7,
                new InVitroResult(1.2013, 0.0626, 6, "Markram et al. 1997"), 0.05);
        System.out.printf(Locale.ROOT, "mrk97_07 (%d test spikes per phase, %d sweeps):%n", tests, sweeps);
        PerformanceBenchmark.pairs(plan, pairs, threads, 0.025).lines().forEach(System.out::println);
    }
}
