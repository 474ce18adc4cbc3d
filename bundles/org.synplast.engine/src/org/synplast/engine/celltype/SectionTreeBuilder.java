package org.synplast.engine.celltype;

import java.util.ArrayList;
import java.util.List;

import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

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
