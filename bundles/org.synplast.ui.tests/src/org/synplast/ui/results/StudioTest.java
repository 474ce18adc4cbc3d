package org.synplast.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.ResultsFile;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.run.PairJournal;
import org.synplast.report.results.RunReports;
import org.synplast.ui.run.RunRequest;
import org.synplast.ui.run.SynPlastRunJob;
import org.synplast.ui.wizard.ExampleProjectWizard;

/**
 * SynPlast Studio in a running workbench (Xvfb): the example project, a small experiment run as a
 * Job whose results open in the results editor, cancellation and resumption from the pair journal,
 * and an invalid file.
 */
class StudioTest {

	private static final String SMALL = """
			package runtest

			import "lib/ballstick.synplast"
			import lib.*

			// On the library's ball-and-stick cell, so that a run takes seconds whatever the L5 TTPC costs:
			// 3 test pulses before and after one pairing sweep, a fixed post_current (no calibration).
			protocol quick {
			    baseline {
			        period = 1 s
			        pulses = 3
			    }
			    induction {
			        pre_spikes = 1
			        post_spikes = 1
			        frequency = 10 Hz
			        dt = 10 ms
			        sweeps = 1
			        sweep_period = 1 s
			        post_current = 1 nA
			    }
			    after {
			        period = 1 s
			        pulses = 3
			    }
			    readout {
			        last = 3
			    }
			}

			experiment small {
			    connection = BallStick_BallStick
			    protocol = quick
			    pairs = 2
			    seed = 1
			}
			""";

	private static IProject project() throws Exception {
		IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("synplast-examples");
		if (!p.exists()) {
			ExampleProjectWizard.create(p, null, null);
		}
		return p;
	}

	private static IFile write(String name, String text) throws Exception {
		IFile f = project().getFile(name);
		var in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (f.exists()) {
			f.setContents(in, true, false, null);
		} else {
			f.create(in, true, null);
		}
		return f;
	}

	private static void waitUntil(String what, long timeoutMs, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
		while (display.readAndDispatch()) {
			// drain
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@Test
	void exampleProjectHoldsTheLibraryAndExperiments() throws Exception {
		IProject p = project();
		assertTrue(p.getFile("lib/pathways.synplast").exists());
		assertTrue(p.getFile("lib/ballstick.synplast").exists());
		assertTrue(p.getFile("l5ttpc-example.synplast").exists());
		assertFalse(p.getFolder("errors").exists(), "the invalid examples are not shipped");
	}

	@Test
	void smallExperimentRunsAsJobAndOpensTheResultsEditor() throws Exception {
		IFile file = write("run-small.synplast", SMALL);
		SynPlastRunJob job = new SynPlastRunJob(new RunRequest(file, RunRequest.Kind.EXPERIMENT, "small", 2), true);
		job.schedule();
		waitUntil("the run", 5 * 60_000L, () -> job.getResult() != null);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		IFile results = job.results();
		assertNotNull(results);
		assertTrue(results.exists());
		assertEquals("small", results.getParent().getName());
		assertEquals("synres", results.getFileExtension());
		waitUntil("the results editor", 60_000, () -> page().getActiveEditor() instanceof ResultsEditor);
		ResultsEditor editor = (ResultsEditor) page().getActiveEditor();
		assertEquals(1, editor.summaryTable().getItemCount());
		assertEquals("small", editor.summaryTable().getItem(0).getText(0));
		assertTrue(editor.provenanceLine().matches("SynPlast 0\\.1\\.0, started \\S+: 2 pairs, all simulated on 2 "
				+ "threads; time step 0\\.025 ms, \\d+\\.\\d s wall"), editor.provenanceLine());
		Screenshots.save("results-summary");
		editor.showPage(1);
		waitUntil("the chart", 10_000, () -> !editor.charts().isEmpty());
		Screenshots.save("results-chart");
		editor.showPage(2);
		waitUntil("the EPSP time course", 10_000, () -> editor.charts().size() >= 2);
		Screenshots.save("results-epsp-time-course");
		editor.showPage(4);
		waitUntil("the report's tables", 10_000, () -> editor.reportTable() != null);
		assertEquals("dendrite", editor.reportTable().getColumn(1).getText());
		assertEquals(SWT.LEFT, editor.reportTable().getColumn(0).getAlignment(), "names to the left");
		assertEquals(SWT.RIGHT, editor.reportTable().getColumn(2).getAlignment(), "numbers to the right");
		assertTrue(editor.reportTable().getItemCount() > 0);
		assertEquals("small", editor.reportTable().getItem(0).getText(0));
		Screenshots.save("results-tables");
		Path png = Files.createTempFile("chart", ".png");
		editor.charts().get(0).export(png);
		assertTrue(Files.size(png) > 1000, "PNG export");
		Path svg = Files.createTempFile("chart", ".svg");
		editor.charts().get(0).export(svg);
		assertTrue(Files.readString(svg).contains("<svg"), "SVG export");

		Path report = Files.createTempFile("report", ".html");
		editor.exportReport(report);
		String html = Files.readString(report);
		assertTrue(html.contains("SynPlast results: small/") && html.contains("<svg")
				&& html.contains("Synapse outcomes by dendrite"), "the HTML report with its charts and tables");

		editor.revealDefinition("small");
		waitUntil("the definition", 10_000, () -> page().getActiveEditor() != editor);
		assertEquals("run-small.synplast", page().getActiveEditor().getEditorInput().getName());
	}

	@Test
	void experimentsThatDifferOnlyInTheirDistanceBandShowTheRatioAgainstDistance() throws Exception {
		String bands = SMALL.replace("package runtest", "package runbands").replace("experiment small {",
				"""
				experiment band_distal {
				    connection = BallStick_distal
				    protocol = quick
				    pairs = 2
				    seed = 2
				}

				experiment band_proximal {""")
				.replace("connection = BallStick_BallStick", "connection = BallStick_proximal");
		IFile file = write("run-bands.synplast", bands);
		SynPlastRunJob job = new SynPlastRunJob(new RunRequest(file, RunRequest.Kind.ALL_EXPERIMENTS, null, 2), true);
		job.schedule();
		waitUntil("the run", 5 * 60_000L, () -> job.getResult() != null);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		waitUntil("the results editor", 60_000, () -> page().getActiveEditor() instanceof ResultsEditor e
				&& e.results().experiments().size() == 2);
		ResultsEditor editor = (ResultsEditor) page().getActiveEditor();
		int distance = editor.pageTitles().indexOf("Distance band");
		assertTrue(distance > 0, editor.pageTitles().toString());
		editor.showPage(distance);
		long drawn = System.currentTimeMillis() + 1000;
		waitUntil("the page to be drawn", 10_000, () -> System.currentTimeMillis() > drawn);
		Screenshots.save("results-distance");
		boolean plotted = false;
		for (ChartCanvas chart : editor.charts()) {
			Path svg = Files.createTempFile("chart", ".svg");
			chart.export(svg);
			plotted |= Files.readString(svg).contains("band: EPSP ratio against synapse path distance");
		}
		assertTrue(plotted, "the distance plot");
	}

	@Test
	void aFolderRunsAsASuiteOfItsFilesExperimentsAndSweeps() throws Exception {
		IFolder folder = folder("suite-run");
		write("suite-run/a.synplast", inFolder("suitea").replace("experiment small", "experiment a_one"));
		write("suite-run/b.synplast", inFolder("suiteb").replace("experiment small", "experiment b_base")
				.replace("pairs = 2", "pairs = 1") + """

				sweep b_grid {
				    experiment = b_base
				    pairs = 1
				    induction {
				        frequency = [10 Hz, 20 Hz]
				        dt = [10 ms]
				    }
				}
				""");
		RunResults results = runToTheEnd(new RunRequest(folder, RunRequest.Kind.SUITE, null, 2));
		assertEquals(List.of("a_one"), results.experiments().stream().map(ExperimentResult::name).toList(),
				"every experiment of the folder's files but the sweep's base");
		assertEquals(1, results.sweeps().size());
		assertEquals(2, results.sweeps().get(0).points().size());
		assertEquals(Set.of("/synplast-examples/suite-run/a.synplast", "/synplast-examples/suite-run/b.synplast"),
				results.provenance().sourceSha256().keySet());
		assertTrue(project().getFolder("results/suite-run/" + SynPlastRunJob.JOURNAL).exists());
	}

	@Test
	void aSuiteWhoseFilesShareANameFailsNamingBoth() throws Exception {
		IFolder folder = folder("suite-clash");
		write("suite-clash/x.synplast", inFolder("clashx").replace("experiment small", "experiment same"));
		write("suite-clash/y.synplast", inFolder("clashy").replace("experiment small", "experiment same"));
		SynPlastRunJob job = new SynPlastRunJob(new RunRequest(folder, RunRequest.Kind.SUITE, null, 1), false);
		job.schedule();
		waitUntil("the failure", 120_000, () -> job.getResult() != null);
		String message = job.getResult().getMessage();
		assertEquals(IStatus.ERROR, job.getResult().getSeverity(), message);
		assertTrue(message.contains("called same") && message.contains("/suite-clash/x.synplast")
				&& message.contains("/suite-clash/y.synplast"), message);
		assertNull(job.results());
	}

	/** The small study as a file of a folder of the project, in its own package. */
	private static String inFolder(String pkg) {
		return SMALL.replace("package runtest", "package " + pkg).replace("import \"lib/", "import \"../lib/");
	}

	private static IFolder folder(String name) throws Exception {
		IFolder folder = project().getFolder(name);
		if (!folder.exists()) {
			folder.create(true, true, null);
		}
		return folder;
	}

	@Test
	void cancelledRunLeavesNoResultsFile() throws Exception {
		SynPlastRunJob job = new SynPlastRunJob(smallWith("cancelled", 50), false);
		job.schedule();
		java.io.File folder = project().getFolder("results/cancelled").getLocation().toFile();
		waitUntil("the pairs to start", 2 * 60_000L, folder::isDirectory);
		Thread.sleep(1000);
		job.cancel();
		waitUntil("the cancellation", 2 * 60_000L, () -> job.getResult() != null);
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
		assertNull(job.results());
		assertEquals(List.of(SynPlastRunJob.JOURNAL), List.of(folder.list()),
				"no partial results file, only the journal of the finished pairs");
	}

	@Test
	void aCancelledRunGoesOnWhereItStoppedWithTheNumbersOfARunFromScratch() throws Exception {
		RunRequest request = smallWith("resumed", 40);
		IFolder journal = project().getFolder("results/resumed/" + SynPlastRunJob.JOURNAL);
		Path journalFile = journal.getLocation().toFile().toPath().resolve("studio.jsonl");

		SynPlastRunJob cancelled = new SynPlastRunJob(request, false);
		cancelled.schedule();
		waitUntil("a pair in the journal", 2 * 60_000L, () -> lines(journalFile) > 0);
		cancelled.cancel();
		waitUntil("the cancellation", 2 * 60_000L, () -> cancelled.getResult() != null);
		assertEquals(IStatus.CANCEL, cancelled.getResult().getSeverity(), cancelled.getResult().toString());
		long kept = lines(journalFile);
		assertTrue(kept > 0 && kept < 40, kept + " pairs kept");
		assertTrue(cancelled.getResult().getMessage().contains("the " + kept + " pairs finished so far are kept in "),
				cancelled.getResult().getMessage());

		RunResults resumed = runToTheEnd(request);
		assertEquals(kept, resumed.provenance().resumedPairs());
		assertEquals((40 - kept) + " simulated on 1 thread, " + kept + " taken from the pair journal (simulated by "
				+ "earlier or parallel runs)", RunReports.origin(resumed));
		assertEquals(40, lines(journalFile), "the journal holds every pair once");
		journal.delete(true, null);
		RunResults fromScratch = runToTheEnd(request);
		assertEquals(0, fromScratch.provenance().resumedPairs());
		assertEquals(ratios(fromScratch), ratios(resumed));
	}

	@Test
	void twoRunsOfOneExperimentAtOnceWriteFilesOfTheirOwn() throws Exception {
		RunRequest request = smallWith("twice", 12);
		SynPlastRunJob first = new SynPlastRunJob(request, false);
		SynPlastRunJob second = new SynPlastRunJob(request, false);
		first.schedule();
		second.schedule();
		RunResults one = finished(first);
		RunResults other = finished(second);
		assertEquals(ratios(one), ratios(other));
		assertNotEquals(first.results(), second.results(), "each run writes a results file of its own");
		Path journal = project().getFolder("results/twice/" + SynPlastRunJob.JOURNAL).getLocation().toFile().toPath();
		try (var files = Files.list(journal)) {
			assertEquals(List.of("studio-2.jsonl", "studio.jsonl"),
					files.map(f -> f.getFileName().toString()).sorted().toList());
		}
		assertEquals(12, PairJournal.read(journal).size(), "every line of both files is a whole pair");
	}

	/** Writes the small study as experiment {@code name} with {@code pairs} pairs; a request on 1 thread. */
	private static RunRequest smallWith(String name, int pairs) throws Exception {
		IFile file = write("run-" + name + ".synplast", SMALL.replace("package runtest", "package run" + name)
				.replace("experiment small", "experiment " + name).replace("pairs = 2", "pairs = " + pairs));
		return new RunRequest(file, RunRequest.Kind.EXPERIMENT, name, 1);
	}

	private static RunResults runToTheEnd(RunRequest request) {
		SynPlastRunJob job = new SynPlastRunJob(request, false);
		job.schedule();
		return finished(job);
	}

	private static RunResults finished(SynPlastRunJob job) {
		waitUntil("the run", 5 * 60_000L, () -> job.getResult() != null);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		return ResultsFile.read(job.results().getLocation().toFile().toPath());
	}

	private static List<Double> ratios(RunResults results) {
		return results.experiments().get(0).pairs().stream().map(PairResult::ratio).toList();
	}

	private static long lines(Path file) {
		try (var lines = Files.lines(file)) {
			return lines.count();
		} catch (IOException e) {
			return 0;
		}
	}

	@Test
	void invalidFileFailsWithAnErrorStatusNotAStackTrace() throws Exception {
		IFile file = write("run-invalid.synplast", SMALL.replace("package runtest", "package runinvalid")
				.replace("experiment small", "experiment broken")
				.replace("seed = 1", "seed = 1 ms"));
		SynPlastRunJob job = new SynPlastRunJob(new RunRequest(file, RunRequest.Kind.EXPERIMENT, "broken", 1), false);
		job.schedule();
		waitUntil("the failure", 120_000, () -> job.getResult() != null);
		IStatus status = job.getResult();
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertNull(status.getException());
		assertTrue(status.getMessage().contains("run-invalid.synplast"), status.getMessage());
		assertNull(job.results());
	}
}
