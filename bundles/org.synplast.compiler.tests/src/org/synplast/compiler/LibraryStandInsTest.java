package org.synplast.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.synplast.engine.cell.MechanismPlacement;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;

/**
 * The library's cell types (dsl-examples/lib/cells.synplast, the cells of lib/pathways.synplast)
 * compile to the engine's shipped {@link CellType} models in everything the engine uses. The
 * morphology: the same sections in the same order, with the same types, parents, attachment
 * points, lengths and diameters (exact equality: both go through the engine's one parametric
 * builder and the same axon replacement). The cell: discretisation rule, temperature, v_init,
 * spike threshold and distance origin equal; cm, Ra, ena and ek equal in every region the
 * morphology has. The compartments: the same count per section, and per compartment the same
 * type, path distance, area, diameter, capacitance and axial conductance (exact). The
 * mechanisms, resolved onto compartments as the simulation uses them ({@link Cell#mechanisms()}):
 * the same mechanisms on the same compartments with the same value of every parameter, to
 * 1e-12 relative (the language evaluates density expressions such as the Ih gradient as its own
 * expression trees, so the last bits of a product may differ).
 */
class LibraryStandInsTest {

    private static final Map<String, CellType> CELLS = Map.of("lib.L5TTPC", CellType.L5_TTPC, "lib.L23PC", CellType.L23_PC,
            "lib.L4SSC", CellType.L4_SSC, "lib.L4PC", CellType.L4_PC);
    private static final double RELATIVE = 1e-12;

    @Test
    void libraryCellsAreTheEngineCellTypes() {
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
            assertSameMorphology(name, engine.morphology(), language.morphology());
            assertEquals(engine.discretization(), language.discretization(), name + " discretisation");
            assertEquals(engine.celsius(), language.celsius(), name + " temperature");
            assertEquals(engine.vInit(), language.vInit(), name + " v_init");
            assertEquals(engine.spikeThreshold(), language.spikeThreshold(), name + " spike threshold");
            assertEquals(engine.distanceOrigin(), language.distanceOrigin(), name + " distance origin");
            engine.morphology().sections().stream().map(Section::type).distinct().forEach(t -> assertEquals(
                    engine.properties(t), language.properties(t), name + " " + t + " cm, Ra, ena, ek"));
            assertSameCompartments(name, Cell.of(engine), Cell.of(language));
        });
    }

    private static void assertSameMorphology(String name, Morphology expected, Morphology actual) {
        assertEquals(expected.size(), actual.size(), name + " sections");
        for (int s = 0; s < expected.size(); s++) {
            assertEquals(expected.section(s), actual.section(s), name + " section " + s);
        }
    }

    private static void assertSameCompartments(String name, Cell engine, Cell language) {
        assertEquals(engine.size(), language.size(), name + " compartments");
        for (int s = 0; s < engine.model().morphology().size(); s++) {
            assertEquals(engine.nseg(s), language.nseg(s), name + " compartments of section " + s);
        }
        for (int c = 0; c < engine.size(); c++) {
            String at = name + " compartment " + c + " ";
            assertEquals(engine.type(c), language.type(c), at + "type");
            assertEquals(engine.distance(c), language.distance(c), at + "path distance");
            assertEquals(engine.area(c), language.area(c), at + "area");
            assertEquals(engine.diameter(c), language.diameter(c), at + "diameter");
            assertEquals(engine.cm(c), language.cm(c), at + "cm");
            assertEquals(engine.axialConductance(c), language.axialConductance(c), at + "axial conductance");
        }
        List<MechanismPlacement> expected = engine.mechanisms();
        List<MechanismPlacement> actual = language.mechanisms();
        assertEquals(names(expected), names(actual), name + " mechanisms");
        for (int i = 0; i < expected.size(); i++) {
            MechanismPlacement e = expected.get(i);
            MechanismPlacement a = actual.get(i);
            String what = name + " " + e.kind().name();
            assertArrayEquals(e.compartments(), a.compartments(), what + " compartments");
            assertEquals(e.parameters().keySet(), a.parameters().keySet(), what + " parameters");
            for (String p : e.parameters().keySet()) {
                double[] ev = e.values(p);
                double[] av = a.values(p);
                for (int k = 0; k < ev.length; k++) {
                    assertEquals(ev[k], av[k], RELATIVE * Math.abs(ev[k]), what + "." + p + " in compartment "
                            + e.compartments()[k]);
                }
            }
        }
    }

    private static List<String> names(List<MechanismPlacement> placements) {
        return placements.stream().map(m -> m.kind().name()).toList();
    }
}
