package org.synplast.dsl.ui.internal;

import java.util.Comparator;
import java.util.List;

/** A replacement of {@code length} characters at {@code offset} by {@code text}. */
public record TextEdit(int offset, int length, String text) {

	/** Validates the region. */
	public TextEdit {
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("bad region " + offset + "+" + length);
		}
		text = text == null ? "" : text;
	}

	/** Applies non-overlapping edits to a text (any order). */
	public static String apply(String original, List<TextEdit> edits) {
		StringBuilder b = new StringBuilder(original);
		edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed())
				.forEach(e -> b.replace(e.offset(), e.offset() + e.length(), e.text()));
		return b.toString();
	}
}
