package org.synplast.engine.cable;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * A recording of one quantity every {@code every} steps, from the initial state on. Capacity is
 * reserved before a run, so recording does not allocate inside the time loop.
 */
public final class Trace {

    private final DoubleSupplier source;
    private final int every;
    private double[] times = new double[16];
    private double[] values = new double[16];
    private int size;

    Trace(DoubleSupplier source, int every) {
        this.source = source;
        this.every = every;
    }

    /** @return the decimation: one sample every so many steps */
    public int every() {
        return every;
    }

    /** @return the number of samples */
    public int size() {
        return size;
    }

    /** @return sample times [ms] */
    public double[] times() {
        return Arrays.copyOf(times, size);
    }

    /** @return sample values (units of the source) */
    public double[] values() {
        return Arrays.copyOf(values, size);
    }

    /**
     * @param i a sample index
     * @return that sample's value
     */
    public double value(int i) {
        return values[i];
    }

    /**
     * @param i a sample index
     * @return that sample's time [ms]
     */
    public double time(int i) {
        return times[i];
    }

    void clear() {
        size = 0;
    }

    void reserve(int more) {
        if (size + more > times.length) {
            int n = Math.max(size + more, 2 * times.length);
            times = Arrays.copyOf(times, n);
            values = Arrays.copyOf(values, n);
        }
    }

    void sample(long step, double t) {
        if (step % every == 0) {
            if (size == times.length) {
                reserve(1);
            }
            times[size] = t;
            values[size] = source.getAsDouble();
            size++;
        }
    }
}
