package org.synplast.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceVisitor;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.dsl.ui.internal.References;

/**
 * Find References over the workspace: every .synplast file is searched, the editor's own file in
 * its current (possibly unsaved) text, the others as saved.
 */
public final class FindReferences {

	/** A reference and its workspace file. */
	public record Found(IFile file, References.Reference reference) {
	}

	private FindReferences() {
	}

	/** The references to the target in the workspace's .synplast files, file by file. */
	static List<Found> search(SynPlastEditor editor, References.Target target, IProgressMonitor monitor)
			throws CoreException {
		List<IFile> files = new ArrayList<>();
		IResourceVisitor collect = r -> {
			if (r instanceof IFile f && SynPlastUi.FILE_EXTENSION.equals(f.getFileExtension())
					&& f.getLocationURI() != null) {
				files.add(f);
			}
			return true;
		};
		ResourcesPlugin.getWorkspace().getRoot().accept(collect);
		files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		SubMonitor progress = SubMonitor.convert(monitor, "Searching references to " + target.label(), files.size());
		XtextResourceSet saved = SynPlastUi.injector().getInstance(XtextResourceSet.class);
		List<Found> found = new ArrayList<>();
		for (IFile f : files) {
			SubMonitor one = progress.split(1);
			List<References.Reference> refs;
			if (f.equals(editor.file())) {
				refs = editor.model().read(r -> References.in(SynPlastUi.injector(), r, target, one));
			} else {
				Resource r = saved.getResource(URI.createURI(f.getLocationURI().toString()), true);
				refs = References.in(SynPlastUi.injector(), r, target, one);
			}
			refs.forEach(ref -> found.add(new Found(f, ref)));
		}
		return found;
	}
}
