package org.synplast.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.synplast.dsl.SynPlastStandaloneSetup;
import org.synplast.dsl.synPlast.Model;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.morphology.SectionType;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.PostStimulus;
import org.synplast.experiment.plan.SweepPlan;

/** Compiles the product examples end to end: every stage on real files with imports. */
class CompileExamplesTest {

    private static final XtextResourceSet RESOURCES = new SynPlastStandaloneSetup()
            .createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);

    /** dsl-examples/ at the repository root, two levels above the test bundle. */
    static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("dsl-examples/chindemi2022"))) {
                return p.resolve("dsl-examples");
            }
        }
        throw new IllegalStateException("dsl-examples/ not found above " + Path.of("").toAbsolutePath());
    }

    static Compilation compile(Path file) {
        Model model = (Model) RESOURCES.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true)
                .getContents().get(0);
        EcoreUtil2.resolveAll(model.eResource());
        return new SynPlastCompiler().compile(model);
    }

    @Test
    void markram1997CompilesToThePublishedProtocols() {
        Compilation c = compile(examples().resolve("chindemi2022/markram1997.synplast"));
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        assertEquals(8, c.experiments().size());
        ExperimentPlan e = c.experiment("mrk97_07").orElseThrow();
        assertEquals(100, e.pairs());
        assertEquals(1.2013, e.expected().meanRatio(), 0);
        assertEquals(0.0626, e.expected().sem(), 0);
        assertEquals(6, e.expected().n());
        assertEquals(5, e.protocol().induction().preSpikes());
        assertEquals(5, e.protocol().induction().postSpikes());
        assertEquals(10, e.protocol().induction().frequencyHz(), 1e-12);
        assertEquals(10, e.protocol().induction().deltaTMs(), 1e-12);
        assertEquals(10, e.protocol().induction().sweeps());
        assertEquals(4000, e.protocol().induction().sweepPeriodMs(), 1e-9);
        assertTrue(e.protocol().induction().post() instanceof PostStimulus.Calibrated);
        assertEquals(0.38, e.connection().physiology().u().mean(), 1e-12);
        assertEquals(1.94, e.connection().physiology().gsyn().mean(), 1e-12);
        assertEquals(278.3177658387, e.connection().plasticity().tauEffCa(), 1e-9);
        assertEquals(70e3, e.connection().constants().tauInduction(), 1e-6);
    }

    @Test
    void l5ttpcCellHasActiveDendritesWithDistanceDependentDensities() {
        Compilation c = compile(examples().resolve("chindemi2022/markram1997.synplast"));
        Cell cell = Cell.of(c.experiment("mrk97_07").orElseThrow().connection().postCell());
        assertTrue(cell.compartments(java.util.Set.of(SectionType.APICAL)).length > 50);
        assertTrue(cell.mechanisms().stream().anyMatch(p -> p.kind().name().equals("Ih")));
        assertTrue(cell.mechanisms().stream().anyMatch(p -> p.kind().name().equals("Ca_LVAst")));
    }

    @Test
    void everyStudyOfTheReferenceTableCompilesWithoutErrors() throws IOException {
        int experiments = 0;
        try (Stream<Path> files = Files.list(examples().resolve("chindemi2022"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".synplast")).sorted().toList()) {
                Compilation c = compile(f);
                assertFalse(c.hasErrors(), f + ": " + c.diagnostics());
                if (!f.getFileName().toString().equals("sweeps.synplast")) {
                    experiments += c.experiments().size();
                }
            }
        }
        assertEquals(42, experiments);
    }

    @Test
    void frequencyDeltaTGridIsSevenBySevenAtTwoCalciumLevels() {
        Compilation c = compile(examples().resolve("chindemi2022/sweeps.synplast"));
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        SweepPlan vitro = c.sweep("L5TTPC_frequency_dt_2mM").orElseThrow();
        SweepPlan vivo = c.sweep("L5TTPC_frequency_dt_1mM2").orElseThrow();
        assertEquals(49, vitro.points().size());
        assertEquals(List.of(2.0), List.of(vitro.caOMm()[0]));
        assertEquals(1.2, vivo.caOMm()[0], 1e-12);
        assertEquals(49, vivo.points().size());
    }

    @Test
    void quickstartCompilesAndLoadsOnlyFilesThatExist() {
        Compilation c = compile(examples().resolve("quickstart.synplast"));
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        assertEquals(1, c.experiments().size());
        // imports of imported files are relative to the importing file (lib/pathways imports lib/cells)
        for (org.eclipse.emf.ecore.resource.Resource r : RESOURCES.getResources()) {
            assertTrue(Files.isRegularFile(Path.of(r.getURI().toFileString())), r.getURI().toString());
        }
    }

    @Test
    void unresolvedReferenceIsReportedWithItsPosition() throws IOException {
        Path dir = Files.createTempDirectory("synplast");
        Path file = dir.resolve("broken.synplast");
        Files.writeString(file, "experiment e {\n    connection = nowhere\n    protocol = nothing\n}\n");
        Compilation c = compile(file);
        assertTrue(c.hasErrors());
        CompilerDiagnostic d = c.diagnostics().get(0);
        assertEquals(2, d.location().line());
        assertTrue(d.location().file().endsWith("broken.synplast"), d.location().file());
    }
}
