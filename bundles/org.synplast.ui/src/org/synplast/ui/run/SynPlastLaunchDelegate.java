package org.synplast.ui.run;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;

/** Launches a SynPlast run configuration: schedules a {@link SynPlastRunJob}. */
public class SynPlastLaunchDelegate implements ILaunchConfigurationDelegate {

	/** Launch configuration type (plugin.xml). */
	public static final String TYPE = "org.synplast.ui.launchType";
	/** Attribute: the workspace path of the .synplast file, or of the suite's folder. */
	public static final String FILE = "org.synplast.ui.file";
	/** Attribute: {@link RunRequest.Kind} name. */
	public static final String KIND = "org.synplast.ui.kind";
	/** Attribute: the experiment or sweep name (absent for all of a kind). */
	public static final String ELEMENT = "org.synplast.ui.element";
	/** Attribute: worker threads. */
	public static final String THREADS = "org.synplast.ui.threads";
	/** Attribute: pairs per experiment, an int (absent: as in the file). */
	public static final String PAIRS = "org.synplast.ui.pairs";
	/** Attribute: the seed of every experiment, a decimal string (absent: as in the file). */
	public static final String SEED = "org.synplast.ui.seed";

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		new SynPlastRunJob(requestOf(configuration), true).schedule();
	}

	/** The default number of worker threads: the processors of this machine. */
	public static int defaultThreads() {
		return Math.max(1, Runtime.getRuntime().availableProcessors());
	}

	/** The run request a configuration describes. */
	public static RunRequest requestOf(ILaunchConfiguration configuration) throws CoreException {
		String path = configuration.getAttribute(FILE, "");
		try {
			RunRequest.Kind kind = RunRequest.Kind.valueOf(configuration.getAttribute(KIND,
					RunRequest.Kind.ALL_EXPERIMENTS.name()));
			IResource source = path.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(path));
			boolean suite = kind == RunRequest.Kind.SUITE;
			if (!(suite ? source instanceof IFolder || source instanceof IProject : source instanceof IFile)) {
				throw new CoreException(Status.error("The SynPlast " + (suite ? "folder" : "file") + " '" + path
						+ "' does not exist."));
			}
			String element = configuration.getAttribute(ELEMENT, (String) null);
			int threads = configuration.getAttribute(THREADS, defaultThreads());
			Integer pairs = configuration.hasAttribute(PAIRS) ? configuration.getAttribute(PAIRS, 1) : null;
			Long seed = configuration.hasAttribute(SEED) ? Long.valueOf(configuration.getAttribute(SEED, "")) : null;
			return new RunRequest(source, kind, element, threads, pairs, seed);
		} catch (IllegalArgumentException e) {
			throw new CoreException(Status.error("The launch configuration '" + configuration.getName()
					+ "' is invalid: " + e.getMessage()));
		}
	}
}
