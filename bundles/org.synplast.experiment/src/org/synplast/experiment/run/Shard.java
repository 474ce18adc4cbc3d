package org.synplast.experiment.run;

import org.synplast.experiment.ExperimentException;

/**
 * One of {@code count} contiguous, nearly equal blocks of a run's pairs (experiments and sweep
 * points in order, each experiment's pairs by index), so that independent processes, on one
 * machine or a cluster, can each simulate a block into a shared {@link PairJournal}. Contiguous
 * blocks keep each process to a few experiments, so it repeats few of their calibrations.
 *
 * @param index the block, from 1
 * @param count the number of blocks, positive
 */
public record Shard(int index, int count) {

    /** The whole run. */
    public static final Shard WHOLE = new Shard(1, 1);

    /** Validates. */
    public Shard {
        ExperimentException.require(count >= 1, "shard count", ">= 1", count);
        ExperimentException.require(index >= 1 && index <= count, "shard index", "in [1, " + count + "]", index);
    }

    /**
     * @param ordinal a pair's position in the run, from 0
     * @param total   the run's pairs
     * @return whether the pair is in this block
     */
    public boolean contains(long ordinal, long total) {
        return ordinal >= start(index - 1, total) && ordinal < start(index, total);
    }

    private long start(int block, long total) {
        return block * total / count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
