package org.synplast.ui.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** Saves what a person would see (SWT GC to PNG) under this bundle's {@code target/screenshots/}. */
public final class Screenshots {

	private Screenshots() {
	}

	/** The workbench window. */
	public static Path save(String name) throws IOException {
		return save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
	}

	/** A shell, after the pending UI events. */
	public static Path save(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// drain
		}
		Rectangle r = shell.getBounds();
		Image image = new Image(display, r.width, r.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, r.x, r.y);
		} finally {
			gc.dispose();
		}
		Path out = Path.of(System.getProperty("user.dir")).resolve("screenshots/" + name + ".png");
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			if (p.getFileName() != null && p.getFileName().toString().equals("org.synplast.ui.tests")) {
				out = p.resolve("target/screenshots/" + name + ".png");
				break;
			}
		}
		Files.createDirectories(out.getParent());
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(out.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return out;
	}
}
