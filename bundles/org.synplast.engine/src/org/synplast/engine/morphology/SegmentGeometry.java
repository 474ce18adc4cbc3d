package org.synplast.engine.morphology;

import org.synplast.engine.EngineException;

/**
 * Areas, axial resistances and diameters of the segments of one section, computed exactly as
 * NEURON's {@code nrn_area_ri}/{@code diam_from_list} do: each segment is split at its centre
 * into two halves; over a traced section the halves are integrated piecewise between the 3-D
 * points (diameters interpolated linearly in arc length at segment boundaries), summing frustum
 * lateral areas {@code π (d1 + d2)/2 · sqrt(dx² + ((d2 − d1)/2)²)} and resistances
 * {@code 4 Ra dx / (π d1 d2)}; over a cylinder the halves are uniform.
 *
 * @param area       membrane area of each segment [µm²]
 * @param leftRi     axial resistance of the left half of each segment [MΩ]
 * @param rightRi    axial resistance of the right half of each segment [MΩ]
 * @param diameter   mean diameter of each segment [µm] (NEURON's {@code seg.diam})
 */
public record SegmentGeometry(double[] area, double[] leftRi, double[] rightRi, double[] diameter) {

    /** Copies. */
    public SegmentGeometry {
        area = area.clone();
        leftRi = leftRi.clone();
        rightRi = rightRi.clone();
        diameter = diameter.clone();
    }

    /**
     * @param section the section
     * @param nseg    its number of segments
     * @param ra      axial resistivity [Ω·cm]
     * @return the geometry of its segments
     */
    public static SegmentGeometry of(Section section, int nseg, double ra) {
        EngineException.require(nseg >= 1, "nseg", ">= 1", nseg);
        double[] area = new double[nseg];
        double[] left = new double[nseg];
        double[] right = new double[nseg];
        double[] diam = new double[nseg];
        double length = section.length();
        double dx = length / nseg;
        if (section.geometry() instanceof SectionGeometry.Cylinder c) {
            for (int j = 0; j < nseg; j++) {
                double d = c.diameter(j);
                area[j] = Math.PI * d * dx;
                left[j] = 1e-2 * ra * (dx / 2) / (Math.PI * d * d / 4);
                right[j] = left[j];
                diam[j] = d;
            }
        } else {
            SectionGeometry.Trace t = (SectionGeometry.Trace) section.geometry();
            double[] arc = t.arcLengths();
            double[] d = t.points().stream().mapToDouble(Point3::diameter).toArray();
            for (int j = 0; j < nseg; j++) {
                double s0 = j * dx;
                double sm = (j + 0.5) * dx;
                double s1 = j == nseg - 1 ? length : (j + 1) * dx;
                double[] a = integrate(arc, d, s0, sm);
                double[] b = integrate(arc, d, sm, s1);
                area[j] = a[0] + b[0];
                left[j] = 4e-2 * ra / Math.PI * a[1];
                right[j] = 4e-2 * ra / Math.PI * b[1];
                diam[j] = (a[2] + b[2]) / dx;
            }
        }
        return new SegmentGeometry(area, left, right, diam);
    }

    /** @return the number of segments */
    public int nseg() {
        return area.length;
    }

    @Override
    public double[] area() {
        return area.clone();
    }

    @Override
    public double[] leftRi() {
        return leftRi.clone();
    }

    @Override
    public double[] rightRi() {
        return rightRi.clone();
    }

    @Override
    public double[] diameter() {
        return diameter.clone();
    }

    /**
     * Integrates over the arc interval [s0, s1] of a piecewise linear diameter profile. A piece of
     * zero length (two points at the same place) counts, as in NEURON, as an annulus, in the half
     * segment whose interval (s0, s1] holds it (or the first half if it is at 0).
     *
     * @return {lateral area [µm²], Σ dx/(d1 d2) [1/µm], ∫ d dx [µm²]}
     */
    private static double[] integrate(double[] arc, double[] d, double s0, double s1) {
        double area = 0;
        double r = 0;
        double dint = 0;
        for (int k = 1; k < arc.length; k++) {
            double a0 = arc[k - 1];
            double a1 = arc[k];
            double lo = Math.max(a0, s0);
            double hi = Math.min(a1, s1);
            boolean inside = lo < hi || a0 == a1 && (a0 > s0 && a0 <= s1 || a0 == 0 && s0 == 0);
            if (!inside) {
                continue;
            }
            double y1 = lo == a0 ? d[k - 1] : d[k - 1] + (lo - a0) / (a1 - a0) * (d[k] - d[k - 1]);
            double y2 = hi == a1 ? d[k] : d[k - 1] + (hi - a0) / (a1 - a0) * (d[k] - d[k - 1]);
            double h = Math.max(hi - lo, 0);
            double dd = (y2 - y1) / 2;
            area += Math.PI * (y1 + y2) / 2 * Math.sqrt(h * h + dd * dd);
            r += h / (y1 * y2);
            dint += (y1 + y2) / 2 * h;
        }
        return new double[] {area, r, dint};
    }
}
