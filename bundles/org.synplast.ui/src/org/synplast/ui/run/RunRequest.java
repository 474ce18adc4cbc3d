package org.synplast.ui.run;

import java.util.Objects;

import org.eclipse.core.resources.IFile;

/**
 * What to run: one experiment, one sweep, or all experiments of a file.
 *
 * @param file    the .synplast file
 * @param kind    what kind of element
 * @param element the element's name (null for all elements of a kind)
 * @param threads worker threads of the runner
 */
public record RunRequest(IFile file, Kind kind, String element, int threads) {

	/** What a request runs. */
	public enum Kind {
		/** One experiment. */
		EXPERIMENT,
		/** One sweep. */
		SWEEP,
		/** Every experiment of the file. */
		ALL_EXPERIMENTS,
		/** Every sweep of the file. */
		ALL_SWEEPS
	}

	/** Validates. */
	public RunRequest {
		Objects.requireNonNull(file);
		Objects.requireNonNull(kind);
		if (isAll() != (element == null) || threads < 1) {
			throw new IllegalArgumentException("bad run request " + kind + " " + element + " " + threads);
		}
	}

	/** Whether the request runs every element of its kind. */
	public boolean isAll() {
		return kind == Kind.ALL_EXPERIMENTS || kind == Kind.ALL_SWEEPS;
	}

	/** The name under results/. */
	public String resultsName() {
		return element != null ? element : file.getName().replaceFirst("\\.synplast$", "");
	}

	/** What the user sees. */
	public String label() {
		return switch (kind) {
		case EXPERIMENT -> "experiment " + element;
		case SWEEP -> "sweep " + element;
		case ALL_EXPERIMENTS -> "experiments of " + file.getName();
		case ALL_SWEEPS -> "sweeps of " + file.getName();
		};
	}
}
