package org.synplast.engine.morphology;

import java.util.List;

import org.synplast.engine.EngineException;

/** The shape of one unbranched section: a 3-D trace or a stylised cylinder. */
public sealed interface SectionGeometry {

    /** @return the length of the section [µm] (arc length of a trace) */
    double length();

    /**
     * A traced section; NEURON's {@code pt3dadd} points.
     *
     * @param points at least two points
     */
    record Trace(List<Point3> points) implements SectionGeometry {

        /** Validates and copies. */
        public Trace {
            points = List.copyOf(points);
            EngineException.require(points.size() >= 2, "number of 3-D points", "at least 2", points.size());
        }

        @Override
        public double length() {
            double l = 0;
            for (int i = 1; i < points.size(); i++) {
                l += points.get(i).distance(points.get(i - 1));
            }
            return l;
        }

        /** @return arc length at each point from the first point [µm] */
        public double[] arcLengths() {
            double[] arc = new double[points.size()];
            for (int i = 1; i < arc.length; i++) {
                arc[i] = arc[i - 1] + points.get(i).distance(points.get(i - 1));
            }
            return arc;
        }
    }

    /**
     * A stylised section ({@code L}, {@code diam}); with one diameter per segment when
     * {@code diameters.length > 1} (as NEURON's {@code diam} set segment by segment), which then
     * fixes the number of segments.
     *
     * @param length    [µm], positive
     * @param diameters [µm], one (uniform) or one per segment, all positive
     */
    record Cylinder(double length, double[] diameters) implements SectionGeometry {

        /** Validates and copies. */
        public Cylinder {
            EngineException.require(length > 0 && Double.isFinite(length), "section length", "positive", length);
            EngineException.require(diameters.length >= 1, "number of diameters", "at least 1", diameters.length);
            diameters = diameters.clone();
            for (double d : diameters) {
                EngineException.require(d > 0 && Double.isFinite(d), "diameter", "positive", d);
            }
        }

        /**
         * @param length   [µm]
         * @param diameter [µm]
         * @return a uniform cylinder
         */
        public static Cylinder of(double length, double diameter) {
            return new Cylinder(length, new double[] {diameter});
        }

        @Override
        public double[] diameters() {
            return diameters.clone();
        }

        /**
         * @param segment the segment index (ignored for a uniform cylinder)
         * @return the diameter of that segment [µm]
         */
        public double diameter(int segment) {
            return diameters.length == 1 ? diameters[0] : diameters[segment];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cylinder c && c.length == length && java.util.Arrays.equals(c.diameters, diameters);
        }

        @Override
        public int hashCode() {
            return Double.hashCode(length) * 31 + java.util.Arrays.hashCode(diameters);
        }

        @Override
        public String toString() {
            return "Cylinder[length=" + length + ", diameters=" + java.util.Arrays.toString(diameters) + "]";
        }
    }
}
