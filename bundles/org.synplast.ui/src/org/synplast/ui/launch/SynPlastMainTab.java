package org.synplast.ui.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.synplast.dsl.synPlast.Experiment;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.synPlast.Sweep;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.ui.run.RunRequest;
import org.synplast.ui.run.SynPlastLaunchDelegate;

/**
 * What a SynPlast run configuration runs: the file, one experiment or sweep (or all of a kind), or
 * a folder's suite, and the pairs, seed (empty: as in the file) and worker threads.
 */
public class SynPlastMainTab extends AbstractLaunchConfigurationTab {

	/** The kinds in the order of the kind combo. */
	private static final List<RunRequest.Kind> KINDS = List.of(RunRequest.Kind.EXPERIMENT, RunRequest.Kind.SWEEP,
			RunRequest.Kind.ALL_EXPERIMENTS, RunRequest.Kind.ALL_SWEEPS, RunRequest.Kind.SUITE);
	private static final String[] KIND_LABELS = { "One experiment", "One sweep", "All experiments of the file",
			"All sweeps of the file", "Suite: every experiment and sweep of the folder's files" };

	private Text file;
	private Combo kind;
	private Combo element;
	private Text pairs;
	private Text seed;
	private Spinner threads;

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
		setControl(c);

		label(c, "&File or folder:");
		file = new Text(c, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		file.addModifyListener(e -> {
			refreshElements();
			updateLaunchConfigurationDialog();
		});
		Button browse = createPushButton(c, "&Browse...", null);
		browse.addListener(SWT.Selection, e -> browse());

		label(c, "&Run:");
		kind = new Combo(c, SWT.READ_ONLY);
		kind.setItems(KIND_LABELS);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(kind);
		kind.addListener(SWT.Selection, e -> {
			refreshElements();
			updateLaunchConfigurationDialog();
		});

		label(c, "&Experiment or sweep:");
		element = new Combo(c, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(element);
		element.addModifyListener(e -> updateLaunchConfigurationDialog());

		label(c, "&Pairs:");
		pairs = new Text(c, SWT.BORDER);
		pairs.setMessage("as in the file");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(pairs);
		pairs.addModifyListener(e -> updateLaunchConfigurationDialog());

		label(c, "&Seed:");
		seed = new Text(c, SWT.BORDER);
		seed.setMessage("as in the file");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(seed);
		seed.addModifyListener(e -> updateLaunchConfigurationDialog());

		label(c, "&Threads:");
		threads = new Spinner(c, SWT.BORDER);
		threads.setValues(1, 1, 256, 0, 1, 4);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(threads);
		threads.addModifyListener(e -> updateLaunchConfigurationDialog());
	}

	private static void label(Composite c, String text) {
		new Label(c, SWT.NONE).setText(text);
	}

	private void browse() {
		FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
				ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
		dialog.setTitle("SynPlast File");
		dialog.setInitialPattern("*." + SynPlastUi.FILE_EXTENSION);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile f) {
			file.setText((selectedKind() == RunRequest.Kind.SUITE ? f.getParent() : f).getFullPath().toString());
		}
	}

	@Override
	public String getName() {
		return "SynPlast";
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(SynPlastLaunchDelegate.KIND, RunRequest.Kind.ALL_EXPERIMENTS.name());
		configuration.setAttribute(SynPlastLaunchDelegate.THREADS, SynPlastLaunchDelegate.defaultThreads());
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			file.setText(configuration.getAttribute(SynPlastLaunchDelegate.FILE, ""));
			RunRequest.Kind k = RunRequest.Kind.valueOf(configuration.getAttribute(SynPlastLaunchDelegate.KIND,
					RunRequest.Kind.ALL_EXPERIMENTS.name()));
			kind.select(KINDS.indexOf(k));
			refreshElements();
			element.setText(configuration.getAttribute(SynPlastLaunchDelegate.ELEMENT, ""));
			pairs.setText(configuration.hasAttribute(SynPlastLaunchDelegate.PAIRS)
					? Integer.toString(configuration.getAttribute(SynPlastLaunchDelegate.PAIRS, 1)) : "");
			seed.setText(configuration.getAttribute(SynPlastLaunchDelegate.SEED, ""));
			threads.setSelection(configuration.getAttribute(SynPlastLaunchDelegate.THREADS,
					SynPlastLaunchDelegate.defaultThreads()));
		} catch (CoreException | IllegalArgumentException e) {
			setErrorMessage("Cannot read the configuration: " + e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(SynPlastLaunchDelegate.FILE, file.getText().strip());
		RunRequest.Kind k = selectedKind();
		configuration.setAttribute(SynPlastLaunchDelegate.KIND, k.name());
		boolean all = k != RunRequest.Kind.EXPERIMENT && k != RunRequest.Kind.SWEEP;
		configuration.setAttribute(SynPlastLaunchDelegate.ELEMENT, all || element.getText().isBlank() ? null
				: element.getText().strip());
		String p = pairs.getText().strip();
		if (p.isEmpty()) {
			configuration.removeAttribute(SynPlastLaunchDelegate.PAIRS);
		} else if (isInteger(p, 1)) {
			configuration.setAttribute(SynPlastLaunchDelegate.PAIRS, Integer.parseInt(p));
		}
		String s = seed.getText().strip();
		configuration.setAttribute(SynPlastLaunchDelegate.SEED, s.isEmpty() ? null : s);
		configuration.setAttribute(SynPlastLaunchDelegate.THREADS, threads.getSelection());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(problem());
		return getErrorMessage() == null;
	}

	/** What is wrong with the entries, or null. */
	private String problem() {
		String path = file.getText().strip();
		RunRequest.Kind k = selectedKind();
		if (k == RunRequest.Kind.SUITE) {
			IResource folder = path.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
			if (!(folder instanceof IFolder || folder instanceof IProject)) {
				return "'" + path + "' is not a folder of the workspace; a suite runs the .synplast files of a folder.";
			}
		} else if (path.isEmpty()) {
			return "Choose a .synplast file.";
		} else {
			IFile f = workspaceFile(path);
			if (f == null || !f.exists() || !SynPlastUi.FILE_EXTENSION.equals(f.getFileExtension())) {
				return "'" + path + "' is not a .synplast file of the workspace.";
			}
		}
		if ((k == RunRequest.Kind.EXPERIMENT || k == RunRequest.Kind.SWEEP) && element.getText().isBlank()) {
			return "Name the " + (k == RunRequest.Kind.SWEEP ? "sweep" : "experiment") + " to run.";
		}
		if (!pairs.getText().isBlank() && !isInteger(pairs.getText().strip(), 1)) {
			return "Pairs must be a whole number of at least 1, or empty for the file's value.";
		}
		if (!seed.getText().isBlank() && !isInteger(seed.getText().strip(), 0)) {
			return "The seed must be a whole number of at least 0, or empty for the file's value.";
		}
		return null;
	}

	private static boolean isInteger(String text, long min) {
		try {
			long value = Long.parseLong(text);
			return value >= min && value <= Integer.MAX_VALUE;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private RunRequest.Kind selectedKind() {
		return KINDS.get(Math.max(0, kind.getSelectionIndex()));
	}

	private static IFile workspaceFile(String path) {
		Path p = new Path(path);
		return p.segmentCount() < 2 ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(p);
	}

	/** Offers the experiments or sweeps of the chosen file in the element combo. */
	private void refreshElements() {
		String text = element.getText();
		RunRequest.Kind k = selectedKind();
		element.setEnabled(k == RunRequest.Kind.EXPERIMENT || k == RunRequest.Kind.SWEEP);
		element.setItems(names(workspaceFile(file.getText().strip()), k == RunRequest.Kind.SWEEP).toArray(String[]::new));
		element.setText(text);
	}

	/** The experiments (or sweeps) of a file, parsed without validation; empty if it cannot be read. */
	static List<String> names(IFile f, boolean sweeps) {
		if (f == null || !f.exists() || f.getLocationURI() == null) {
			return List.of();
		}
		XtextResourceSet set = SynPlastUi.injector().getInstance(XtextResourceSet.class);
		var resource = set.getResource(URI.createURI(f.getLocationURI().toString()), true);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model m)) {
			return List.of();
		}
		return m.getElements().stream().filter(e -> sweeps ? e instanceof Sweep : e instanceof Experiment)
				.map(e -> e.getName()).filter(n -> n != null).toList();
	}

	/** The element combo's choices (for tests). */
	String[] elementChoices() {
		return element.getItems();
	}

	/** Sets the entries as a user would (for tests): file path, kind, element, pairs, seed, threads. */
	void enter(String filePath, RunRequest.Kind k, String elementName, String pairsText, String seedText,
			int threadCount) {
		file.setText(filePath);
		kind.select(KINDS.indexOf(k));
		refreshElements();
		element.setText(elementName);
		pairs.setText(pairsText);
		seed.setText(seedText);
		threads.setSelection(threadCount);
	}
}
