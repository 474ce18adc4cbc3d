package org.synplast.engine.morphology;

import java.util.ArrayList;
import java.util.List;

/** Collects sections in topological order for a {@link Morphology}. */
final class SectionTreeBuilder {

    private final List<Section> sections = new ArrayList<>();

    /**
     * @param type     the region
     * @param parent   parent index, -1 for the root
     * @param parentX  attachment on the parent
     * @param geometry the shape
     * @param nseg     fixed segment count or 0 for the discretisation rule
     * @return the new section's index
     */
    int add(SectionType type, int parent, double parentX, SectionGeometry geometry, int nseg) {
        sections.add(new Section(type, parent, parentX, geometry, nseg));
        return sections.size() - 1;
    }

    /** @return the morphology */
    Morphology build() {
        return new Morphology(sections);
    }
}
