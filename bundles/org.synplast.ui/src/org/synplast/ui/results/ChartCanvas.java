package org.synplast.ui.results;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;
import org.synplast.report.chart.ChartExport;

/**
 * Draws a JFreeChart of org.synplast.report natively in SWT: the chart is rendered off screen to a
 * {@link BufferedImage} at the canvas size (the same rendering as the HTML report's PNGs) and
 * painted as an SWT image; re-rendered when the canvas is resized.
 */
public final class ChartCanvas extends Canvas {

	private final JFreeChart chart;
	private Image image;

	/** A canvas showing a chart. */
	public ChartCanvas(Composite parent, JFreeChart chart) {
		super(parent, SWT.DOUBLE_BUFFERED);
		this.chart = chart;
		addPaintListener(e -> {
			Rectangle area = getClientArea();
			if (area.width <= 0 || area.height <= 0) {
				return;
			}
			if (image == null || image.getBounds().width != area.width || image.getBounds().height != area.height) {
				if (image != null) {
					image.dispose();
				}
				image = new Image(getDisplay(), toImageData(chart.createBufferedImage(area.width, area.height)));
			}
			e.gc.drawImage(image, 0, 0);
		});
		addDisposeListener(e -> {
			if (image != null) {
				image.dispose();
			}
		});
	}

	/** The chart shown. */
	public JFreeChart chart() {
		return chart;
	}

	/** Writes the chart as PNG or SVG (by the file's extension) at the canvas size. */
	public void export(Path file) throws IOException {
		Rectangle area = getClientArea();
		int w = Math.max(area.width, 400);
		int h = Math.max(area.height, 300);
		if (file.getFileName().toString().toLowerCase().endsWith(".svg")) {
			ChartExport.writeSvg(chart, file, w, h);
		} else {
			ChartExport.writePng(chart, file, w, h);
		}
	}

	/** Converts an AWT image to SWT image data (24-bit RGB). */
	static ImageData toImageData(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			image.getRGB(0, y, w, 1, row, 0, w);
			for (int x = 0; x < w; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, w, row, 0);
		}
		return data;
	}
}
