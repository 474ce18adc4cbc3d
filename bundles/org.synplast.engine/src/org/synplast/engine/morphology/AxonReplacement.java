package org.synplast.engine.morphology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The axon-stub rules of the e-model generations (cells.md §1.3): the reconstructed axon is
 * deleted and replaced by two 30 µm sections (and, for 2017+ models, a myelin section). Axon
 * diameters are taken from the original axon in section order, with NEURON's mean segment
 * diameters ({@link SegmentGeometry}); distances are path distances from the soma centre.
 */
public enum AxonReplacement {
    /** Hay 2011: 2 × 30 µm, diam 1 µm, nseg 1, attached to soma(0.5). */
    HAY_2011,
    /**
     * BBP 2015 / BluePyOpt: 2 × 30 µm, nseg 1, attached to soma(1); diameters D1 of the first
     * axon section and D2 of the first axon section whose midpoint lies beyond 60 µm (D2 = D1 if
     * none; 1 µm without axon).
     */
    BBP_2015,
    /**
     * BBP 2017+ ({@code pyr.json}): the first 10 segment diameters of the axon (sections
     * re-segmented with nseg = 1 + 2·int(L/12)) give two 30 µm sections of 5 segments each,
     * attached to soma(1), then a 1000 µm myelin section of 5 segments with the last diameter.
     * An axon with fewer segments repeats its last diameter; no axon gives 1 µm.
     */
    BBP_2017;

    private static final double STUB_LENGTH = 30; // [µm]
    private static final double MYELIN_LENGTH = 1000; // [µm]
    private static final double RA_FOR_DIAMETERS = 100; // [Ω·cm], irrelevant for diameters

    /**
     * @param m a morphology with or without axon
     * @return a copy whose axon (and anything beyond it) is replaced by the stub
     */
    public Morphology apply(Morphology m) {
        double[] diameters = switch (this) {
            case HAY_2011 -> new double[] {1, 1};
            case BBP_2015 -> bbp2015Diameters(m);
            case BBP_2017 -> segmentDiameters(m, 10);
        };
        List<Section> kept = new ArrayList<>();
        int[] newIndex = new int[m.size()];
        for (int s = 0; s < m.size(); s++) {
            Section sec = m.section(s);
            boolean drop = sec.type() == SectionType.AXON || sec.parent() >= 0 && newIndex[sec.parent()] < 0;
            if (drop) {
                newIndex[s] = -1;
            } else {
                newIndex[s] = kept.size();
                kept.add(new Section(sec.type(), sec.parent() < 0 ? -1 : newIndex[sec.parent()], sec.parentX(),
                        sec.geometry(), sec.nseg()));
            }
        }
        int axon0 = kept.size();
        switch (this) {
            case HAY_2011, BBP_2015 -> {
                double x = this == HAY_2011 ? 0.5 : 1;
                kept.add(new Section(SectionType.AXON, 0, x, SectionGeometry.Cylinder.of(STUB_LENGTH, diameters[0]), 1));
                kept.add(new Section(SectionType.AXON, axon0, 1, SectionGeometry.Cylinder.of(STUB_LENGTH, diameters[1]), 1));
            }
            case BBP_2017 -> {
                kept.add(new Section(SectionType.AXON, 0, 1,
                        new SectionGeometry.Cylinder(STUB_LENGTH, Arrays.copyOfRange(diameters, 0, 5)), 5));
                kept.add(new Section(SectionType.AXON, axon0, 1,
                        new SectionGeometry.Cylinder(STUB_LENGTH, Arrays.copyOfRange(diameters, 5, 10)), 5));
                kept.add(new Section(SectionType.MYELIN, axon0 + 1, 1, SectionGeometry.Cylinder.of(MYELIN_LENGTH, diameters[9]), 5));
            }
            default -> throw new IllegalStateException(name());
        }
        return new Morphology(kept);
    }

    private static double[] bbp2015Diameters(Morphology m) {
        double[] start = m.startDistances(true);
        double d1 = Double.NaN;
        double d2 = Double.NaN;
        for (int s = 0; s < m.size(); s++) {
            Section sec = m.section(s);
            if (sec.type() != SectionType.AXON) {
                continue;
            }
            double mean = SegmentGeometry.of(sec, 1, RA_FOR_DIAMETERS).diameter()[0];
            if (Double.isNaN(d1)) {
                d1 = mean;
            }
            if (start[s] + sec.length() / 2 > 60) {
                d2 = mean;
                break;
            }
        }
        if (Double.isNaN(d1)) {
            return new double[] {1, 1};
        }
        return new double[] {d1, Double.isNaN(d2) ? d1 : d2};
    }

    private static double[] segmentDiameters(Morphology m, int count) {
        double[] d = new double[count];
        int k = 0;
        for (int s = 0; s < m.size() && k < count; s++) {
            Section sec = m.section(s);
            if (sec.type() == SectionType.AXON) {
                int nseg = 1 + 2 * (int) (sec.length() / 6 / 2);
                for (double seg : SegmentGeometry.of(sec, nseg, RA_FOR_DIAMETERS).diameter()) {
                    if (k < count) {
                        d[k++] = seg;
                    }
                }
            }
        }
        if (k == 0) {
            Arrays.fill(d, 1);
        } else {
            Arrays.fill(d, k, count, d[k - 1]);
        }
        return d;
    }
}
