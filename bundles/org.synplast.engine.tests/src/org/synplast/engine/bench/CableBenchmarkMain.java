package org.synplast.engine.bench;

import java.nio.file.Path;
import java.util.Locale;

import org.synplast.engine.cell.CellModel;
import org.synplast.engine.morphology.AscReader;
import org.synplast.engine.morphology.SwcReader;

/**
 * Prints the engine's speed on {@link CableBenchmark#standInModel} (not a unit test; speed is
 * never asserted). Usage, from the repository root after {@code ./mvnw verify}:
 * <pre>
 * java -cp bundles/org.synplast.engine/target/classes:bundles/org.synplast.engine.tests/target/classes:\
 *   ~/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
 *   org.synplast.engine.bench.CableBenchmarkMain [morphology.asc|.swc] [timed ms]
 * </pre>
 * Without a file the parametric L5 TTPC is used.
 */
public final class CableBenchmarkMain {

    private CableBenchmarkMain() {
    }

    /**
     * @param args optional morphology file and timed duration [ms]
     */
    public static void main(String[] args) {
        CellModel model = args.length > 0 && !args[0].isEmpty()
                ? CableBenchmark.standInModel(args[0].toLowerCase(Locale.ROOT).endsWith(".swc") ? SwcReader.read(Path.of(args[0]))
                        : AscReader.read(Path.of(args[0])))
                : CableBenchmark.standInL5ttpc();
        double duration = args.length > 1 ? Double.parseDouble(args[1]) : 1000;
        CableBenchmark.Result r = CableBenchmark.run(model, 2.0, 200, duration);
        System.out.printf(Locale.ROOT, "engine: %d compartments, %d steps in %.3f s, %d spikes: %.3e compartment-steps/s%n",
                r.compartments(), r.steps(), r.seconds(), r.spikes(), r.compartmentStepsPerSecond());
    }
}
