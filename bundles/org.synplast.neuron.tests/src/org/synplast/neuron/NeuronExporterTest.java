package org.synplast.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.MechanismPlacement;
import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.Hh;
import org.synplast.engine.mechanism.MechanismKind;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The exported JSON holds exactly the engine's compartments and values (no NEURON needed). */
class NeuronExporterTest {

    private static Cell ballAndStick(List<Insertion> insertions) {
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20)),
                Section.of(SectionType.BASAL, 0, 1, SectionGeometry.Cylinder.of(500, 2))));
        return Cell.of(new CellModel(m, Discretization.DLambda.standard(), Map.of(), insertions, 34, -70, -20, DistanceOrigin.SOMA_CENTER));
    }

    @Test
    void sectionsAndMechanismsAreTheEnginesCompartments() {
        Cell cell = ballAndStick(List.of(Insertion.of(Hh.KIND, Set.of(SectionType.SOMA)),
                Insertion.of(Pas.KIND, Set.of(SectionType.BASAL)).with("g", d -> 1e-4 * (1 + d / 100))));
        JsonObject json = NeuronExporter.describe(NeuronModel.of(cell, 0.025, 10, List.of(new CurrentPulse(cell.soma(), 1, 2, 0.3)),
                List.of(new Recording.Mechanism("m", cell.soma(), "hh", "m"))));
        assertEquals(NeuronExporter.SCHEMA, json.get("schema").getAsString());
        assertEquals(34, json.get("celsius").getAsDouble());
        assertEquals(-70, json.get("v_init").getAsDouble());
        JsonArray sections = json.getAsJsonArray("sections");
        assertEquals(2, sections.size());
        for (int s = 0; s < 2; s++) {
            assertEquals(cell.nseg(s), sections.get(s).getAsJsonObject().get("nseg").getAsInt());
        }
        assertEquals(0, sections.get(1).getAsJsonObject().get("parent").getAsInt());
        JsonArray mechanisms = json.getAsJsonArray("mechanisms");
        for (int k = 0; k < cell.mechanisms().size(); k++) {
            MechanismPlacement p = cell.mechanisms().get(k);
            JsonObject o = mechanisms.get(k).getAsJsonObject();
            assertEquals(p.kind().name(), o.get("name").getAsString());
            int[] comps = p.compartments();
            JsonArray segments = o.getAsJsonArray("segments");
            assertEquals(comps.length, segments.size());
            for (String name : p.parameters().keySet()) {
                double[] values = p.values(name);
                JsonArray exported = o.getAsJsonObject("parameters").getAsJsonArray(name);
                for (int i = 0; i < comps.length; i++) {
                    assertEquals(cell.section(comps[i]), segments.get(i).getAsJsonArray().get(0).getAsInt());
                    assertEquals(cell.x(comps[i]), segments.get(i).getAsJsonArray().get(1).getAsDouble());
                    assertEquals(values[i], exported.get(i).getAsDouble(), 0.0, name);
                }
            }
        }
        double[] g = cell.mechanisms().get(0).values("g"); // pas, registered before hh
        assertTrue(g[g.length - 1] > g[0], "distance-dependent values are exported per compartment");
        JsonObject clamp = json.getAsJsonArray("iclamps").get(0).getAsJsonObject();
        assertEquals(0.3, clamp.get("amplitude").getAsDouble());
        assertEquals(0.5, clamp.get("x").getAsDouble());
    }

    @Test
    void exportWritesModelDriverAndOnlyNeededMods(@TempDir Path dir) {
        Cell cell = ballAndStick(List.of(Insertion.of(Hh.KIND, Set.of(SectionType.SOMA))));
        NeuronExport export = NeuronExporter.export(NeuronModel.of(cell, 0.025, 10, List.of(), List.of()), dir);
        assertTrue(Files.isRegularFile(export.model()));
        assertTrue(Files.isRegularFile(export.driver()));
        assertTrue(export.mechanisms().isEmpty(), "hh is built into NEURON");
    }

    /** An export into a directory given relative to the working directory runs (the driver runs inside it). */
    @Test
    void exportInARelativeDirectoryRuns(@TempDir Path dir) {
        NeuronFixture.requireNeuron();
        Cell cell = ballAndStick(List.of(Insertion.of(Hh.KIND, Set.of(SectionType.SOMA))));
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("relative"));
        NeuronExport export = NeuronExporter.export(NeuronModel.of(cell, 0.025, 10, List.of(), List.of()), relative);
        NeuronResult result = new NeuronRunner(dir.resolve("cache")).run(export);
        assertTrue(result.times().length > 1, "NEURON's traces were read");
    }

    @Test
    void mechanismWithoutNmodlIsRejected(@TempDir Path dir) {
        MechanismKind unknown = AbstractDensityMechanism.kind("notInSynPlast", Map.of("g", 0.0), Pas.KIND::create);
        Cell cell = ballAndStick(List.of(Insertion.of(unknown, Set.of(SectionType.SOMA))));
        NeuronException e = assertThrows(NeuronException.class,
                () -> NeuronExporter.export(NeuronModel.of(cell, 0.025, 10, List.of(), List.of()), dir));
        assertTrue(e.getMessage().contains("notInSynPlast"), e.getMessage());
    }
}
