package org.synplast.ui.run;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;

/**
 * What to run: one experiment, one sweep, all experiments (sweeps) of a file, or a suite (every
 * experiment and sweep of every file of a folder), optionally with the number of pairs and the
 * seed overridden.
 *
 * @param source  the .synplast file, or the suite's folder
 * @param kind    what kind of element
 * @param element the element's name (null for all elements of a kind)
 * @param threads worker threads of the runner
 * @param pairs   pairs per experiment (per sweep point), or null for the file's value
 * @param seed    seed of every experiment, or null for the file's value
 */
public record RunRequest(IResource source, Kind kind, String element, int threads, Integer pairs, Long seed) {

	/** What a request runs. */
	public enum Kind {
		/** One experiment. */
		EXPERIMENT,
		/** One sweep. */
		SWEEP,
		/** Every experiment of the file. */
		ALL_EXPERIMENTS,
		/** Every sweep of the file. */
		ALL_SWEEPS,
		/** Every experiment and sweep of every .synplast file directly in a folder. */
		SUITE
	}

	/** Validates. */
	public RunRequest {
		Objects.requireNonNull(source);
		Objects.requireNonNull(kind);
		boolean all = kind == Kind.ALL_EXPERIMENTS || kind == Kind.ALL_SWEEPS || kind == Kind.SUITE;
		boolean folder = source instanceof IFolder || source instanceof IProject;
		if (all != (element == null) || (kind == Kind.SUITE) != folder || !(folder || source instanceof IFile)
				|| threads < 1 || (pairs != null && pairs < 1) || (seed != null && seed < 0)) {
			throw new IllegalArgumentException("bad run request " + kind + " of " + source.getFullPath() + " "
					+ element + " threads " + threads + " pairs " + pairs + " seed " + seed);
		}
	}

	/** A request with the file's pairs and seed. */
	public RunRequest(IResource source, Kind kind, String element, int threads) {
		this(source, kind, element, threads, null, null);
	}

	/** The name under results/. */
	public String resultsName() {
		return element != null ? element : source.getName().replaceFirst("\\.synplast$", "");
	}

	/** The plan with this request's pairs and seed. */
	public ExperimentPlan apply(ExperimentPlan plan) {
		return new ExperimentPlan(plan.name(), plan.connection(), plan.protocol(),
				pairs == null ? plan.pairs() : pairs, seed == null ? plan.seed() : seed, plan.expected(),
				plan.alpha());
	}

	/** The sweep with this request's pairs and seed at every point. */
	public SweepPlan apply(SweepPlan plan) {
		return new SweepPlan(plan.name(), apply(plan.base()), plan.caOMm(), plan.frequencyHz(), plan.deltaTMs());
	}

	/** What the user sees. */
	public String label() {
		return switch (kind) {
		case EXPERIMENT -> "experiment " + element;
		case SWEEP -> "sweep " + element;
		case ALL_EXPERIMENTS -> "experiments of " + source.getName();
		case ALL_SWEEPS -> "sweeps of " + source.getName();
		case SUITE -> "suite " + source.getName();
		};
	}
}
