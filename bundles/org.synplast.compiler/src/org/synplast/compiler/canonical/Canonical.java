package org.synplast.compiler.canonical;

import java.util.List;

/**
 * A setting's value after unit conversion: numbers are in the canonical unit of their catalogue
 * entry (ms, mV, nA, nS, mM, µm, S/cm², µF/cm², Ω·cm, °C, Hz), references are qualified names.
 * Nothing here refers to EMF.
 */
public sealed interface Canonical {

    /** A plain number. */
    record Num(double value) implements Canonical {
    }

    /** {@code mean ± sd}. */
    record Spread(double mean, double sd) implements Canonical {
    }

    /** {@code from .. to}, optionally {@code step}; {@code step} is NaN when not given. */
    record Span(double from, double to, double step) implements Canonical {

        /** @return whether a step was given */
        public boolean hasStep() {
            return !Double.isNaN(step);
        }
    }

    /** A distribution family with its arguments, e.g. {@code gamma(1.94 nS ± 1 nS)}. */
    record Dist(String family, List<Canonical> arguments) implements Canonical {

        /** Copies. */
        public Dist {
            arguments = List.copyOf(arguments);
        }
    }

    /** A list {@code [a, b, ...]}. */
    record Listing(List<Canonical> values) implements Canonical {

        /** Copies. */
        public Listing {
            values = List.copyOf(values);
        }
    }

    /** A symbol such as {@code apical}, {@code slope}, {@code MK801}, {@code calibrated}. */
    record Sym(String name) implements Canonical {
    }

    /** A string. */
    record Text(String value) implements Canonical {
    }

    /** A boolean. */
    record Flag(boolean value) implements Canonical {
    }

    /** A reference to another element by its qualified name. */
    record Ref(String qualifiedName) implements Canonical {
    }

    /**
     * A value that depends on the path distance {@code d} from the soma and on {@code Lmax}, the
     * longest apical path of the cell.
     */
    record OfDistance(DistanceFunction function) implements Canonical {
    }

    /** A function of path distance, in the canonical unit of the setting. */
    @FunctionalInterface
    interface DistanceFunction {

        /**
         * @param distanceUm path distance from the soma [µm]
         * @param lmaxUm     the longest apical path of the cell [µm]
         * @return the value in the setting's canonical unit
         */
        double at(double distanceUm, double lmaxUm);
    }
}
