package org.synplast.dsl.ui.internal;

/** A replacement of {@code length} characters at {@code offset} by {@code text}. */
public record TextEdit(int offset, int length, String text) {

	/** Validates the region. */
	public TextEdit {
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("bad region " + offset + "+" + length);
		}
		text = text == null ? "" : text;
	}
}
