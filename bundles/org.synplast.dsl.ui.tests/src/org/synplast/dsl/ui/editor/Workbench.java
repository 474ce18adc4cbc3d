package org.synplast.dsl.ui.editor;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.opentest4j.TestAbortedException;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.dsl.ui.builder.SynPlastNature;

/** Workbench helpers of the UI tests: the example project, waiting with the event loop, screenshots. */
final class Workbench {

	static final String PROJECT = "examples";

	private Workbench() {
	}

	/** The repository's dsl-examples folder (tests using it are skipped when it is absent). */
	static Path examples() {
		for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("dsl-examples/lib"))) {
				return p.resolve("dsl-examples");
			}
		}
		throw new TestAbortedException("dsl-examples not found above " + Paths.get("").toAbsolutePath());
	}

	/** The workspace project with a copy of dsl-examples and the SynPlast nature, created once. */
	static IProject project() throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			return project;
		}
		Path source = examples();
		project.create(null);
		project.open(null);
		List<Path> files;
		try (Stream<Path> s = Files.walk(source)) {
			files = s.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path f : files) {
			IFile target = project.getFile(source.relativize(f).toString());
			mkdirs(target.getParent());
			try (InputStream in = Files.newInputStream(f)) {
				target.create(in, true, null);
			}
		}
		SynPlastNature.addTo(project);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		return project;
	}

	private static void mkdirs(IContainer c) throws CoreException {
		if (c instanceof IFolder f && !f.exists()) {
			mkdirs(f.getParent());
			f.create(true, true, null);
		}
	}

	/** Creates or replaces a file of the example project. */
	static IFile write(String path, String text) throws CoreException, IOException {
		IFile file = project().getFile(path);
		ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, false, null);
		} else {
			mkdirs(file.getParent());
			file.create(in, true, null);
		}
		return file;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Opens a file in the SynPlast editor and waits for its first analysis. */
	static SynPlastEditor open(IFile file) throws CoreException {
		SynPlastEditor editor = (SynPlastEditor) IDE.openEditor(page(), file, SynPlastUi.EDITOR_ID);
		waitForAnalysis(editor);
		return editor;
	}

	/** Runs the event loop until the editor's analysis is done and shown. */
	static void waitForAnalysis(SynPlastEditor editor) {
		waitUntil("the editor's analysis", () -> editor.model() != null && !editor.model().isBusy()
				&& editor.model().state().generation() > 0);
		processEvents();
	}

	/** Runs the event loop until the condition holds (at most 60 s). */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Runs pending UI events and waits for the workspace build. */
	static void processEvents() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 50; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
			try {
				Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Saves a screenshot of the workbench window as target/screenshots/NAME.png. */
	static Path screenshot(String name) throws IOException {
		processEvents();
		Display display = Display.getCurrent();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle r = shell.getBounds();
		Image image = new Image(display, r.width, r.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, r.x, r.y);
		} finally {
			gc.dispose();
		}
		Path out = examples().getParent().resolve("bundles/org.synplast.dsl.ui.tests/target/screenshots/" + name + ".png");
		Files.createDirectories(out.getParent());
		try {
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(out.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return out;
	}
}
