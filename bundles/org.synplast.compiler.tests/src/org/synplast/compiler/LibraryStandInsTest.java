package org.synplast.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.synplast.compiler.canonical.CanonicalModel;
import org.synplast.compiler.stages.CanonicalStage;
import org.synplast.compiler.stages.CellStage;
import org.synplast.compiler.stages.ResolveStage;
import org.synplast.dsl.SynPlastStandaloneSetup;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Model;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.morphology.Morphology;

/**
 * The library's cell types (dsl-examples/lib/cells.synplast, the cells of lib/pathways.synplast)
 * compile to the morphologies of the engine's shipped {@link CellType}s: the same sections in the
 * same order, with the same types, parents, attachment points, lengths and diameters (exact
 * equality: both go through the engine's one parametric builder and the same axon replacement),
 * the same discretisation rule and the same compartment count in every section.
 */
class LibraryStandInsTest {

    private static final Map<String, CellType> CELLS = Map.of("lib.L5TTPC", CellType.L5_TTPC, "lib.L23PC", CellType.L23_PC,
            "lib.L4SSC", CellType.L4_SSC, "lib.L4PC", CellType.L4_PC);

    @Test
    void libraryCellsHaveTheEngineStandInMorphologies() {
        XtextResourceSet resources = new SynPlastStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(XtextResourceSet.class);
        Resource cells = resources.getResource(URI.createFileURI(CompileExamplesTest.examples().resolve("lib/cells.synplast")
                .toAbsolutePath().toString()), true);
        EcoreUtil2.resolveAll(cells);
        List<Element> elements = new ArrayList<>();
        for (Resource r : List.copyOf(resources.getResources())) {
            elements.addAll(((Model) r.getContents().get(0)).getElements());
        }
        Diagnostics diagnostics = new Diagnostics();
        CanonicalModel canonical = new CanonicalStage().apply(new ResolveStage.Resolved(List.of(), elements), diagnostics);
        Map<String, CellModel> compiled = new CellStage().apply(canonical, diagnostics).cells();
        assertFalse(diagnostics.hasErrors(), diagnostics.list().toString());
        assertEquals(CELLS.keySet(), compiled.keySet());
        CELLS.forEach((name, type) -> {
            CellModel engine = type.model();
            CellModel language = compiled.get(name);
            Morphology expected = engine.morphology();
            Morphology actual = language.morphology();
            assertEquals(expected.size(), actual.size(), name + " sections");
            for (int s = 0; s < expected.size(); s++) {
                assertEquals(expected.section(s), actual.section(s), name + " section " + s);
            }
            assertEquals(engine.discretization(), language.discretization(), name + " discretisation");
            assertArrayEquals(nseg(engine), nseg(language), name + " compartments per section");
        });
    }

    private static int[] nseg(CellModel model) {
        Cell cell = Cell.of(model);
        return IntStream.range(0, model.morphology().size()).map(cell::nseg).toArray();
    }
}
