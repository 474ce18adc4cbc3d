package org.synplast.engine.morphology;

import org.synplast.engine.EngineException;

/**
 * One unbranched section of a morphology.
 *
 * @param type     the region the section belongs to
 * @param parent   index of the parent section in the morphology, -1 for the root
 * @param parentX  where the section's 0-end attaches on the parent, 0..1 (NEURON's
 *                 {@code connect child(0), parent(parentX)})
 * @param geometry the shape
 * @param nseg     a fixed number of segments, or 0 to let the cell's discretisation rule decide
 */
public record Section(SectionType type, int parent, double parentX, SectionGeometry geometry, int nseg) {

    /** Validates. */
    public Section {
        EngineException.require(type != null, "section type", "set", null);
        EngineException.require(geometry != null, "section geometry", "set", null);
        EngineException.require(parent >= -1, "parent index", ">= -1", parent);
        EngineException.require(parentX >= 0 && parentX <= 1, "parentX", "in [0, 1]", parentX);
        EngineException.require(nseg >= 0, "nseg", ">= 0", nseg);
        if (geometry instanceof SectionGeometry.Cylinder c && c.diameters().length > 1) {
            EngineException.require(nseg == 0 || nseg == c.diameters().length, "nseg of a section with per-segment diameters",
                    "0 or " + c.diameters().length, nseg);
        }
    }

    /**
     * @param type     the region
     * @param parent   parent index or -1
     * @param parentX  attachment on the parent
     * @param geometry the shape
     * @return a section discretised by the cell's rule
     */
    public static Section of(SectionType type, int parent, double parentX, SectionGeometry geometry) {
        return new Section(type, parent, parentX, geometry, 0);
    }

    /** @return the length [µm] */
    public double length() {
        return geometry.length();
    }

    /** @return the number of segments this section's geometry forces, or 0 if free */
    public int forcedNseg() {
        if (nseg > 0) {
            return nseg;
        }
        if (geometry instanceof SectionGeometry.Cylinder c && c.diameters().length > 1) {
            return c.diameters().length;
        }
        return 0;
    }
}
