package org.synplast.engine.cell;

import java.util.List;

import org.synplast.engine.EngineException;
import org.synplast.engine.morphology.Point3;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;

/**
 * How many segments (NEURON's {@code nseg}) each section gets, unless the section fixes its own
 * count ({@link Section#forcedNseg()}).
 */
public sealed interface Discretization {

    /**
     * @param section the section
     * @param ra      its axial resistivity [Ω·cm]
     * @param cm      its specific capacitance [µF/cm²]
     * @return the number of segments, odd for the rule-based variants
     */
    int nseg(Section section, double ra, double cm);

    /**
     * The same count for every section.
     *
     * @param count segments per section, positive
     */
    record Fixed(int count) implements Discretization {
        /** Validates. */
        public Fixed {
            EngineException.require(count >= 1, "nseg", ">= 1", count);
        }

        @Override
        public int nseg(Section section, double ra, double cm) {
            return count;
        }
    }

    /**
     * {@code nseg = 1 + 2·int(L/chunk)}: the BBP/Hay rule ({@code geom_nseg(40)}, cells.md §1.4).
     *
     * @param chunk [µm], positive
     */
    record ChunkLength(double chunk) implements Discretization {
        /** Validates. */
        public ChunkLength {
            EngineException.require(chunk > 0, "chunk length", "positive", chunk);
        }

        @Override
        public int nseg(Section section, double ra, double cm) {
            return 1 + 2 * (int) (section.length() / chunk);
        }
    }

    /**
     * NEURON's d_lambda rule ({@code fixnseg.hoc}): {@code nseg = 2·int((L/(d_lambda·λ_f) + 0.9)/2) + 1}
     * with the AC length constant λ_f at {@code frequency}, integrated over the 3-D points for
     * traced sections.
     *
     * @param dLambda   fraction of λ_f per segment, e.g. 0.1
     * @param frequency [Hz], e.g. 100
     */
    record DLambda(double dLambda, double frequency) implements Discretization {
        /** Validates. */
        public DLambda {
            EngineException.require(dLambda > 0, "d_lambda", "positive", dLambda);
            EngineException.require(frequency > 0, "d_lambda frequency", "positive", frequency);
        }

        /** @return NEURON's default rule, d_lambda 0.1 at 100 Hz */
        public static DLambda standard() {
            return new DLambda(0.1, 100);
        }

        @Override
        public int nseg(Section section, double ra, double cm) {
            double lambda = lambdaF(section, ra, cm, frequency);
            return 2 * (int) ((section.length() / (dLambda * lambda) + 0.9) / 2) + 1;
        }

        /**
         * @param section   the section
         * @param ra        [Ω·cm]
         * @param cm        [µF/cm²]
         * @param frequency [Hz]
         * @return NEURON's {@code lambda_f} [µm]
         */
        public static double lambdaF(Section section, double ra, double cm, double frequency) {
            double k = Math.sqrt(4 * Math.PI * frequency * ra * cm);
            if (section.geometry() instanceof SectionGeometry.Trace t) {
                List<Point3> p = t.points();
                double lam = 0;
                for (int i = 1; i < p.size(); i++) {
                    lam += p.get(i).distance(p.get(i - 1)) / Math.sqrt(p.get(i - 1).diameter() + p.get(i).diameter());
                }
                lam *= Math.sqrt(2) * 1e-5 * k;
                return section.length() / lam;
            }
            double diam = ((SectionGeometry.Cylinder) section.geometry()).diameter(0);
            return 1e5 * Math.sqrt(diam / (4 * Math.PI * frequency * ra * cm));
        }
    }
}
