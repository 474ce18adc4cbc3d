package org.synplast.ui.run;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.synplast.dsl.ui.editor.SynPlastEditor;

/**
 * "Run As > SynPlast Suite": every experiment and sweep of every .synplast file of a folder (of
 * the selected folder, or of the folder of the selected file or of the file in the editor), as
 * the command line's {@code synplast suite DIR} runs them.
 */
public final class SynPlastSuiteShortcut implements ILaunchShortcut {

	@Override
	public void launch(ISelection selection, String mode) {
		if (selection instanceof IStructuredSelection s) {
			IResource resource = Adapters.adapt(s.getFirstElement(), IResource.class);
			IContainer folder = resource instanceof IContainer c ? c : resource == null ? null : resource.getParent();
			if (folder != null) {
				SynPlastLaunchShortcut.run(request(folder), mode);
			}
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		if (editor instanceof SynPlastEditor e && e.file() != null) {
			SynPlastLaunchShortcut.run(request(e.file().getParent()), mode);
		}
	}

	private static RunRequest request(IContainer folder) {
		return new RunRequest(folder, RunRequest.Kind.SUITE, null, SynPlastLaunchShortcut.threads());
	}
}
