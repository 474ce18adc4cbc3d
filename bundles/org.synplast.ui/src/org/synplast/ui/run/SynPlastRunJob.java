package org.synplast.ui.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.Issue;
import org.synplast.compiler.Compilation;
import org.synplast.compiler.CompilerDiagnostic;
import org.synplast.compiler.SynPlastCompiler;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.dsl.ui.builder.SynPlastBuilder;
import org.synplast.dsl.ui.internal.Validation;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.results.ResultsFile;
import org.synplast.experiment.run.ExperimentRunner;
import org.synplast.experiment.run.PairJournal;
import org.synplast.experiment.run.PairSimulator;
import org.synplast.experiment.run.RunInfo;
import org.synplast.experiment.run.RunMonitor;
import org.synplast.experiment.run.RunOptions;
import org.synplast.ui.results.ResultsEditor;

/**
 * Runs an experiment, a sweep, every experiment (sweep) of a file or a suite (every experiment and
 * sweep of the files of a folder) as an Eclipse Job: validates and compiles the files (problems
 * become an error status and markers, never a stack trace), runs the plans with progress in pairs
 * and cancellation through the runner's {@link RunMonitor}, writes
 * {@code results/<name>/<timestamp>.synres} atomically (nothing when cancelled) and opens it in the
 * results editor.
 *
 * <p>Every pair is kept in the pair journal {@code results/<name>/journal/} as it finishes, and a
 * run takes the pairs kept there for the same files, options and build (see {@link SimulationBuild})
 * instead of simulating them again: a cancelled run, or one that the workbench's exit stopped, goes
 * on where it stopped, and a run given more pairs simulates only the new ones. The numbers are the
 * same as a run from scratch. Deleting the journal folder makes the next run simulate every pair.
 */
public final class SynPlastRunJob extends Job {

	/** Bundle identifier used in statuses. */
	public static final String PLUGIN_ID = "org.synplast.ui";
	/** Extension of results files. */
	public static final String RESULTS_EXTENSION = "synres";
	/** Version recorded in results files. */
	public static final String VERSION = "0.1.0";
	/** The folder of a run's pair journal, beside its results files. */
	public static final String JOURNAL = "journal";
	/** The results and journal files the Studio's runs are writing: each belongs to one run. */
	private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

	private final RunRequest request;
	private final boolean openResults;
	private volatile IFile results;

	/** A job for a request; {@code openResults} opens the results editor when done. */
	public SynPlastRunJob(RunRequest request, boolean openResults) {
		super("SynPlast: " + request.label());
		this.request = request;
		this.openResults = openResults;
		setUser(true);
	}

	/** The results file written by a successful run, else null. */
	public IFile results() {
		return results;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			return runChecked(monitor);
		} catch (OperationCanceledError | OperationCanceledException | CancellationException e) {
			return Status.CANCEL_STATUS;
		}
	}

	private IStatus runChecked(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		List<IFile> files;
		try {
			files = sourceFiles();
		} catch (CoreException e) {
			return Status.error("Cannot list the files of " + request.source().getFullPath() + ": " + e.getMessage());
		}
		if (files.isEmpty()) {
			return Status.error("Nothing to run: " + request.source().getFullPath() + " holds no ."
					+ SynPlastUi.FILE_EXTENSION + " file");
		}
		Map<IFile, Compilation> compilations = new LinkedHashMap<>();
		for (IFile file : files) {
			progress.subTask("Validating " + file.getName());
			IStatus problem = compile(file, progress, compilations);
			if (problem != null) {
				return problem;
			}
		}
		List<ExperimentPlan> experiments = new ArrayList<>();
		List<SweepPlan> sweeps = new ArrayList<>();
		IStatus clash = select(compilations, experiments, sweeps);
		if (clash != null) {
			return clash;
		}
		if (experiments.isEmpty() && sweeps.isEmpty()) {
			return Status.error("Nothing to run: " + request.label() + " is not in " + request.source().getName());
		}
		progress.worked(5);
		return simulate(files, experiments, sweeps, progress.split(95));
	}

	/**
	 * Runs the plans, keeping their pairs in the journal beside the results files and taking those
	 * kept there before, writes the results file and opens it.
	 *
	 * @return the job's status: OK, cancelled with the pairs kept, or the reason of a failure
	 */
	private IStatus simulate(List<IFile> files, List<ExperimentPlan> experiments, List<SweepPlan> sweeps,
			SubMonitor progress) {
		IFolder folder = request.source().getProject().getFolder("results/" + request.resultsName());
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path path = claim(i -> folder.getLocation().toFile().toPath()
				.resolve(stamp + (i == 1 ? "" : "-" + i) + "." + RESULTS_EXTENSION), p -> !Files.exists(p));
		IFile target = folder.getFile(path.getFileName().toString());
		int planned = experiments.stream().mapToInt(ExperimentPlan::pairs).sum()
				+ sweeps.stream().flatMap(s -> s.points().stream()).mapToInt(q -> q.plan().pairs()).sum();
		RunMonitor runMonitor = new PairProgress(progress, planned);
		Path journalFolder = path.resolveSibling(JOURNAL);
		ExperimentRunner runner = new ExperimentRunner(new PairSimulator(), RunOptions.of(request.threads()));
		Path journalFile = claim(i -> journalFolder.resolve("studio" + (i == 1 ? "" : "-" + i) + PairJournal.EXTENSION),
				p -> true);
		try (PairJournal journal = PairJournal.open(journalFolder, journalFile.getFileName().toString())) {
			Map<String, String> sources = new LinkedHashMap<>();
			for (IFile file : files) {
				sources.put(file.getFullPath().toString(), sha256(file));
			}
			RunInfo info = new RunInfo(VERSION, SimulationBuild.id(), sources);
			try {
				ResultsFile.write(path, runner.run(experiments, sweeps, info, runMonitor, journal));
			} catch (CancellationException e) {
				int kept = planned - runner.missing(experiments, sweeps, info, journal);
				return new Status(IStatus.CANCEL, PLUGIN_ID, "Cancelled " + request.label() + "; the " + kept
						+ " pairs finished so far are kept in " + journalFolder
						+ ", and a new run of the same files goes on from them.");
			} finally {
				folder.refreshLocal(IResource.DEPTH_INFINITE, null);
			}
		} catch (ExperimentException | IOException | CoreException | IllegalArgumentException e) {
			return Status.error("The run of " + request.label() + " failed: " + e.getMessage());
		} finally {
			IN_USE.remove(journalFile);
			IN_USE.remove(path);
		}
		results = target;
		if (openResults) {
			Display.getDefault().asyncExec(() -> {
				try {
					IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), target,
							ResultsEditor.ID);
				} catch (PartInitException e) {
					PlatformUI.getWorkbench().getDisplay().beep();
				}
			});
		}
		return Status.OK_STATUS;
	}

	/**
	 * The runner's progress in pairs to simulate, saying how many of the run's pairs the journal
	 * already held; cancellation from the job's monitor.
	 */
	private static final class PairProgress implements RunMonitor {

		private final SubMonitor monitor;
		private final int planned;
		private int total;
		private int done;

		PairProgress(SubMonitor monitor, int planned) {
			this.monitor = monitor;
			this.planned = planned;
		}

		@Override
		public void begin(int totalWork) {
			total = totalWork;
			monitor.setWorkRemaining(totalWork);
			monitor.subTask(label());
		}

		@Override
		public void worked(int work) {
			done += work;
			monitor.worked(work);
			monitor.subTask(label());
		}

		private String label() {
			return done + " of " + total + " pairs"
					+ (planned > total ? " (" + (planned - total) + " kept from earlier runs)" : "");
		}

		@Override
		public boolean isCanceled() {
			return monitor.isCanceled();
		}
	}

	/**
	 * Claims the first of a series of file names that no other run of the Studio writes and that
	 * is free: the results file {@code <timestamp>.synres} (then {@code <timestamp>-2.synres} and so
	 * on, for runs started in the same second), the journal file {@code studio.jsonl} (then
	 * {@code studio-2.jsonl} while another run of the same element appends to the first, so that two
	 * runs never write one file; each reads the other's pairs as they are kept).
	 *
	 * @param names the i-th name, from 1
	 * @param free  whether a name not claimed by another run is free
	 * @return the name, to be released when the run ends
	 */
	private static Path claim(IntFunction<Path> names, Predicate<Path> free) {
		for (int i = 1;; i++) {
			Path name = names.apply(i);
			if (free.test(name) && IN_USE.add(name)) {
				return name;
			}
		}
	}

	/** The request's file, or the .synplast files directly in the suite's folder, by name. */
	private List<IFile> sourceFiles() throws CoreException {
		if (!(request.source() instanceof IContainer folder)) {
			return List.of((IFile) request.source());
		}
		List<IFile> files = new ArrayList<>();
		for (IResource member : folder.members()) {
			if (member instanceof IFile f && SynPlastUi.FILE_EXTENSION.equals(f.getFileExtension())) {
				files.add(f);
			}
		}
		files.sort(Comparator.comparing(IFile::getName));
		return files;
	}

	/**
	 * Validates and compiles a file into {@code compilations}.
	 *
	 * @return null, or the error status naming its problems (the file's markers show them too)
	 */
	private static IStatus compile(IFile file, SubMonitor progress, Map<IFile, Compilation> compilations) {
		XtextResourceSet set = SynPlastUi.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.getResource(URI.createURI(file.getLocationURI().toString()),
				true);
		List<Issue> errors = Validation.issues(resource, progress::isCanceled).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).toList();
		if (progress.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		if (!errors.isEmpty()) {
			markProblems(file);
			MultiStatus status = new MultiStatus(PLUGIN_ID, 1, file.getName() + " has " + errors.size()
					+ " error(s); see the Problems view.", null);
			errors.stream().limit(20).forEach(i -> status.add(Status.error("line " + i.getLineNumber() + ": "
					+ i.getMessage())));
			return status;
		}
		Compilation compilation = new SynPlastCompiler().compile((Model) resource.getContents().get(0));
		List<CompilerDiagnostic> failures = compilation.diagnostics().stream()
				.filter(d -> d.severity() == CompilerDiagnostic.Severity.ERROR).toList();
		if (!failures.isEmpty()) {
			MultiStatus status = new MultiStatus(PLUGIN_ID, 2, "Cannot compile " + file.getName(), null);
			failures.forEach(d -> status.add(Status.error(d.toString())));
			return status;
		}
		compilations.put(file, compilation);
		return null;
	}

	/**
	 * Adds the plans the request runs, with its pairs and seed, to {@code experiments} and
	 * {@code sweeps}. A suite runs every experiment of its files but those that are only the base
	 * of a sweep, and every sweep; its results are keyed by name, so a name defined in two files
	 * is an error.
	 *
	 * @return null, or the error status of a name defined twice
	 */
	private IStatus select(Map<IFile, Compilation> compilations, List<ExperimentPlan> experiments,
			List<SweepPlan> sweeps) {
		Map<String, IFile> defined = new HashMap<>();
		for (Map.Entry<IFile, Compilation> entry : compilations.entrySet()) {
			Compilation c = entry.getValue();
			List<ExperimentPlan> own = switch (request.kind()) {
			case EXPERIMENT -> c.experiment(request.element()).map(List::of).orElse(List.of());
			case ALL_EXPERIMENTS -> c.experiments();
			case SUITE -> {
				Set<String> bases = c.sweeps().stream().map(s -> s.base().name()).collect(Collectors.toSet());
				yield c.experiments().stream().filter(e -> !bases.contains(e.name())).toList();
			}
			default -> List.of();
			};
			List<SweepPlan> ownSweeps = switch (request.kind()) {
			case SWEEP -> c.sweep(request.element()).map(List::of).orElse(List.of());
			case ALL_SWEEPS, SUITE -> c.sweeps();
			default -> List.of();
			};
			List<String> names = new ArrayList<>(own.stream().map(ExperimentPlan::name).toList());
			ownSweeps.forEach(s -> names.add(s.name()));
			for (String name : names) {
				IFile other = defined.putIfAbsent(name, entry.getKey());
				if (other != null) {
					return Status.error("Two experiments or sweeps are called " + name + " (in " + other.getFullPath()
							+ " and " + entry.getKey().getFullPath() + "); a suite's results are keyed by name: rename "
							+ "one.");
				}
			}
			own.stream().map(request::apply).forEach(experiments::add);
			ownSweeps.stream().map(request::apply).forEach(sweeps::add);
		}
		return null;
	}

	private static void markProblems(IFile file) {
		try {
			SynPlastBuilder.validate(List.of(file), null);
		} catch (CoreException e) {
			// the error status already lists the problems
		}
	}

	private static String sha256(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
