package org.synplast.engine.mechanism;

/**
 * The per-compartment membrane state the simulation shares with its mechanisms: live flat
 * arrays indexed by compartment (do not keep references beyond a call, do not resize).
 * Units: voltage [mV], current density [mA/cm²] positive outward, conductance density [S/cm²].
 */
public final class Membrane {

    private final double[] v;
    private final double[] current;
    private final double[] conductance;
    private final IonState ions;
    private final double celsius;
    private double t;
    private double dt;

    /**
     * @param size    number of compartments
     * @param celsius temperature [°C]
     * @param dt      time step [ms]
     */
    public Membrane(int size, double celsius, double dt) {
        this.v = new double[size];
        this.current = new double[size];
        this.conductance = new double[size];
        this.ions = new IonState(size);
        this.celsius = celsius;
        this.dt = dt;
    }

    /** @return membrane potential per compartment [mV] */
    public double[] v() {
        return v;
    }

    /** @return outward current density accumulated in this step [mA/cm²] */
    public double[] current() {
        return current;
    }

    /** @return dI/dV of that current [S/cm²] */
    public double[] conductance() {
        return conductance;
    }

    /** @return the ion concentrations, reversal potentials and ionic currents */
    public IonState ions() {
        return ions;
    }

    /** @return temperature [°C] (NEURON's {@code celsius}) */
    public double celsius() {
        return celsius;
    }

    /** @return the time [ms]: t + dt/2 during current evaluation, the end of the step in advance */
    public double t() {
        return t;
    }

    /** @return the time step [ms] */
    public double dt() {
        return dt;
    }

    /**
     * Sets the clock (called by the simulation).
     *
     * @param t  [ms]
     * @param dt [ms]
     */
    public void setTime(double t, double dt) {
        this.t = t;
        this.dt = dt;
    }
}
