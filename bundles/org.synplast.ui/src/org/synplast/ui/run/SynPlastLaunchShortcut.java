package org.synplast.ui.run;

import java.util.Arrays;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Experiment;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.synPlast.Sweep;
import org.synplast.dsl.ui.editor.SynPlastEditor;

/**
 * "Run As > SynPlast Experiment" and "Run As > SynPlast Sweep": in the editor, the experiment or
 * sweep under the cursor (else all of the file); on a file, all of them. Reuses or creates a launch
 * configuration so the run appears in the run history.
 */
public abstract class SynPlastLaunchShortcut implements ILaunchShortcut {

	/** Runs experiments. */
	public static final class Experiments extends SynPlastLaunchShortcut {
		/** Creates the shortcut. */
		public Experiments() {
			super(true);
		}
	}

	/** Runs sweeps. */
	public static final class Sweeps extends SynPlastLaunchShortcut {
		/** Creates the shortcut. */
		public Sweeps() {
			super(false);
		}
	}

	private final boolean experiments;

	SynPlastLaunchShortcut(boolean experiments) {
		this.experiments = experiments;
	}

	@Override
	public void launch(ISelection selection, String mode) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IFile f) {
			run(all(f), mode);
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		if (editor instanceof SynPlastEditor e && e.file() != null) {
			int offset = ((ITextSelection) e.getSelectionProvider().getSelection()).getOffset();
			String name = e.model().read(r -> elementAt(r.getContents().isEmpty() ? null : r.getContents().get(0),
					offset));
			run(name == null ? all(e.file())
					: new RunRequest(e.file(), experiments ? RunRequest.Kind.EXPERIMENT : RunRequest.Kind.SWEEP, name,
							threads()), mode);
		}
	}

	private String elementAt(Object root, int offset) {
		if (!(root instanceof Model m)) {
			return null;
		}
		for (Element el : m.getElements()) {
			ICompositeNode n = NodeModelUtils.getNode(el);
			boolean kind = experiments ? el instanceof Experiment : el instanceof Sweep;
			if (kind && n != null && n.getOffset() <= offset && offset <= n.getEndOffset()) {
				return el.getName();
			}
		}
		return null;
	}

	private RunRequest all(IFile file) {
		return new RunRequest(file, experiments ? RunRequest.Kind.ALL_EXPERIMENTS : RunRequest.Kind.ALL_SWEEPS, null,
				threads());
	}

	static int threads() {
		return SynPlastLaunchDelegate.defaultThreads();
	}

	/** Launches a request through its launch configuration, so that it appears in the run history. */
	static void run(RunRequest request, String mode) {
		try {
			DebugUITools.launch(configuration(request), mode);
		} catch (CoreException e) {
			ErrorDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "SynPlast",
					"Cannot launch " + request.label(), e.getStatus());
		}
	}

	/** The launch configuration of a request, created if none exists. */
	public static ILaunchConfiguration configuration(RunRequest request) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(SynPlastLaunchDelegate.TYPE);
		String path = request.source().getFullPath().toString();
		ILaunchConfiguration existing = Arrays.stream(manager.getLaunchConfigurations(type)).filter(c -> {
			try {
				return path.equals(c.getAttribute(SynPlastLaunchDelegate.FILE, ""))
						&& request.kind().name().equals(c.getAttribute(SynPlastLaunchDelegate.KIND, ""))
						&& Objects.equals(request.element(), c.getAttribute(SynPlastLaunchDelegate.ELEMENT,
								(String) null));
			} catch (CoreException e) {
				return false;
			}
		}).findFirst().orElse(null);
		if (existing != null) {
			return existing;
		}
		ILaunchConfigurationWorkingCopy wc = type.newInstance(null,
				manager.generateLaunchConfigurationName(request.resultsName()));
		wc.setAttribute(SynPlastLaunchDelegate.FILE, path);
		wc.setAttribute(SynPlastLaunchDelegate.KIND, request.kind().name());
		if (request.element() != null) {
			wc.setAttribute(SynPlastLaunchDelegate.ELEMENT, request.element());
		}
		wc.setAttribute(SynPlastLaunchDelegate.THREADS, request.threads());
		if (request.pairs() != null) {
			wc.setAttribute(SynPlastLaunchDelegate.PAIRS, request.pairs().intValue());
		}
		if (request.seed() != null) {
			wc.setAttribute(SynPlastLaunchDelegate.SEED, request.seed().toString());
		}
		return wc.doSave();
	}
}
