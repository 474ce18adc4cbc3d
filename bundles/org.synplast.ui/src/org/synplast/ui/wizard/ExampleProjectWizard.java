package org.synplast.ui.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.synplast.dsl.ui.builder.SynPlastNature;

/**
 * File > New > SynPlast Example Project: a project with the repository's {@code dsl-examples}
 * (the library and the Chindemi et al. 2022 experiments, shipped in this bundle under
 * {@code examples/} by the build) and the SynPlast nature, so the Problems view and the editor work.
 */
public class ExampleProjectWizard extends Wizard implements INewWizard {

	/** Folder of this bundle holding the examples. */
	public static final String EXAMPLES = "examples";

	private WizardNewProjectCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("New SynPlast Example Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle("SynPlast Example Project");
		page.setDescription("The SynPlast example library and experiments");
		page.setInitialProjectName("synplast-examples");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
					create(project, page.useDefaults() ? null : page.getLocationURI(), monitor);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "SynPlast", "Cannot create " + project.getName() + ": "
					+ e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Creates the example project (location null: in the workspace). */
	public static void create(IProject project, java.net.URI location, org.eclipse.core.runtime.IProgressMonitor monitor)
			throws CoreException {
		Bundle bundle = FrameworkUtil.getBundle(ExampleProjectWizard.class);
		Enumeration<URL> found = bundle.findEntries(EXAMPLES, "*.*", true);
		List<URL> entries = found == null ? List.of() : new ArrayList<>(Collections.list(found));
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), entries.size() + 2);
		var description = project.getWorkspace().newProjectDescription(project.getName());
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		for (URL url : entries) {
			String path = url.getPath().substring(url.getPath().indexOf(EXAMPLES + "/") + EXAMPLES.length() + 1);
			if (path.isEmpty() || path.endsWith("/")) {
				progress.worked(1);
				continue;
			}
			var file = project.getFile(path);
			mkdirs(file.getParent());
			try (InputStream in = url.openStream()) {
				file.create(in, true, progress.split(1));
			} catch (IOException e) {
				throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot copy " + path, e));
			}
		}
		SynPlastNature.addTo(project);
	}

	private static void mkdirs(IContainer c) throws CoreException {
		if (c instanceof IFolder f && !f.exists()) {
			mkdirs(f.getParent());
			f.create(true, true, null);
		}
	}
}
