package org.synplast.dsl.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.dsl.ui.internal.Validation;

/**
 * Validates every {@code .synplast} file of a project and reports its issues as problem markers
 * (Problems view; double-click opens the file at the issue). Any change re-validates the whole
 * project, because a file's issues depend on the files it imports.
 */
public class SynPlastBuilder extends IncrementalProjectBuilder {

	/** Builder identifier (plugin.xml). */
	public static final String ID = "org.synplast.dsl.ui.builder";
	/** Marker type of SynPlast problems (a persistent problem marker). */
	public static final String MARKER = "org.synplast.dsl.ui.problem";
	/** Marker attribute holding the issue code (quick fixes). */
	public static final String ISSUE_CODE = "issueCode";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta != null && !touchesSources(delta)) {
			return null;
		}
		List<IFile> files = new ArrayList<>();
		getProject().accept(r -> {
			if (r instanceof IFile f && isSource(f)) {
				files.add(f);
			}
			return true;
		});
		validate(files, monitor);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(MARKER, true, IResource.DEPTH_INFINITE);
	}

	/** Validates files (in one resource set, so shared imports load once) and replaces their markers. */
	public static void validate(List<IFile> files, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Validating SynPlast files", files.size());
		XtextResourceSet set = SynPlastUi.injector().getInstance(XtextResourceSet.class);
		for (IFile file : files) {
			if (progress.isCanceled()) {
				return;
			}
			progress.subTask(file.getFullPath().toString());
			XtextResource resource = (XtextResource) set.getResource(URI.createURI(file.getLocationURI().toString()),
					true);
			List<Issue> issues = Validation.issues(resource, progress::isCanceled);
			file.deleteMarkers(MARKER, true, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				IMarker m = file.createMarker(MARKER);
				m.setAttribute(IMarker.MESSAGE, issue.getMessage());
				m.setAttribute(IMarker.SEVERITY, severity(issue.getSeverity()));
				if (issue.getLineNumber() != null) {
					m.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
				}
				if (issue.getOffset() != null && issue.getLength() != null) {
					m.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
					m.setAttribute(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
				}
				if (issue.getCode() != null) {
					m.setAttribute(ISSUE_CODE, issue.getCode());
				}
			}
			progress.worked(1);
		}
	}

	private static int severity(Severity s) {
		return switch (s) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	private static boolean isSource(IFile f) {
		return SynPlastUi.FILE_EXTENSION.equals(f.getFileExtension()) && f.getLocationURI() != null;
	}

	private static boolean touchesSources(IResourceDelta delta) throws CoreException {
		boolean[] found = { false };
		delta.accept(d -> {
			if (d.getResource() instanceof IFile f && SynPlastUi.FILE_EXTENSION.equals(f.getFileExtension())) {
				found[0] = true;
			}
			return !found[0];
		});
		return found[0];
	}
}
