package org.synplast.dsl.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.dsl.ui.internal.Definitions;

/** Opens a location (a definition, a reference) in the SynPlast editor and selects it. */
final class Navigation {

	private Navigation() {
	}

	static void open(SynPlastEditor from, Definitions.Location target) {
		if (!open(from.getSite().getPage(), target)) {
			from.getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage("The definition is outside the workspace: " + target.uri().toFileString());
		}
	}

	/** Opens the location; false if its file is not in the workspace. */
	static boolean open(IWorkbenchPage page, Definitions.Location target) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(java.net.URI.create(target.uri().toString()));
		if (files.length == 0) {
			return false;
		}
		try {
			IEditorPart part = IDE.openEditor(page, files[0], SynPlastUi.EDITOR_ID);
			if (part instanceof ITextEditor t) {
				t.selectAndReveal(target.offset(), target.length());
			}
		} catch (PartInitException e) {
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "SynPlast", e.getMessage(), e.getStatus());
		}
		return true;
	}
}
