package org.synplast.engine.mechanism;

import java.util.Arrays;

/**
 * Sodium, potassium and calcium per compartment, as NEURON's ion mechanisms hold them: reversal
 * potentials [mV], calcium concentrations [mM] and ionic current densities [mA/cm²] (outward
 * positive) accumulated by the channels during each step. ena and ek are fixed per region;
 * eca is fixed (NEURON's default 132.458 mV) except where a mechanism writes cai, where it is
 * recomputed from the Nernst equation at the start of every step.
 */
public final class IonState {

    /** NEURON's default eca when nothing writes cai [mV]. */
    public static final double DEFAULT_ECA = 132.4579341637009;
    /** NEURON's default initial intracellular calcium cai0_ca_ion [mM]. */
    public static final double DEFAULT_CAI = 5e-5;
    /** NEURON's default extracellular calcium cao0_ca_ion [mM]. */
    public static final double DEFAULT_CAO = 2.0;
    /** Faraday constant as NEURON 8 uses it [C/mol]. */
    public static final double FARADAY = 96485.33212;
    /** Gas constant as NEURON 8 uses it [J/(K mol)]. */
    public static final double GAS_CONSTANT = 8.314462618;

    private final double[] ena;
    private final double[] ek;
    private final double[] eca;
    private final double[] cai;
    private final double[] cao;
    private final double[] ina;
    private final double[] ik;
    private final double[] ica;
    private final boolean[] calciumDynamic;
    private int[] dynamicIndex = new int[0];

    IonState(int size) {
        ena = new double[size];
        ek = new double[size];
        eca = new double[size];
        cai = new double[size];
        cao = new double[size];
        ina = new double[size];
        ik = new double[size];
        ica = new double[size];
        calciumDynamic = new boolean[size];
    }

    /** @return sodium reversal potential [mV] */
    public double[] ena() {
        return ena;
    }

    /** @return potassium reversal potential [mV] */
    public double[] ek() {
        return ek;
    }

    /** @return calcium reversal potential [mV] */
    public double[] eca() {
        return eca;
    }

    /** @return intracellular calcium [mM] */
    public double[] cai() {
        return cai;
    }

    /** @return extracellular calcium [mM] */
    public double[] cao() {
        return cao;
    }

    /** @return sodium current density of this step [mA/cm²] */
    public double[] ina() {
        return ina;
    }

    /** @return potassium current density of this step [mA/cm²] */
    public double[] ik() {
        return ik;
    }

    /** @return calcium current density of this step [mA/cm²] */
    public double[] ica() {
        return ica;
    }

    /**
     * @param compartment a compartment
     * @return whether cai is written there (eca follows Nernst)
     */
    public boolean calciumDynamic(int compartment) {
        return calciumDynamic[compartment];
    }

    /**
     * Marks compartments whose cai a mechanism writes (called by the simulation).
     *
     * @param compartments the compartments
     */
    public void markCalciumDynamic(int[] compartments) {
        for (int c : compartments) {
            calciumDynamic[c] = true;
        }
        int n = 0;
        for (boolean b : calciumDynamic) {
            n += b ? 1 : 0;
        }
        dynamicIndex = new int[n];
        n = 0;
        for (int c = 0; c < calciumDynamic.length; c++) {
            if (calciumDynamic[c]) {
                dynamicIndex[n++] = c;
            }
        }
    }

    /**
     * @param celsius temperature [°C]
     * @param ci      inside concentration [mM]
     * @param co      outside concentration [mM]
     * @param valence charge number
     * @return the Nernst potential [mV]
     */
    public static double nernst(double celsius, double ci, double co, int valence) {
        return 1e3 * GAS_CONSTANT * (celsius + 273.15) / (valence * FARADAY) * Math.log(co / ci);
    }

    /**
     * Sets the initial concentrations and eca (called by the simulation at initialisation).
     *
     * @param celsius temperature [°C]
     */
    public void initializeCalcium(double celsius) {
        Arrays.fill(cai, DEFAULT_CAI);
        Arrays.fill(cao, DEFAULT_CAO);
        Arrays.fill(eca, DEFAULT_ECA);
        updateEca(celsius);
    }

    /**
     * Zeroes the ionic currents and recomputes eca where cai is dynamic (start of a step).
     *
     * @param celsius temperature [°C]
     */
    public void beginStep(double celsius) {
        Arrays.fill(ina, 0);
        Arrays.fill(ik, 0);
        Arrays.fill(ica, 0);
        updateEca(celsius);
    }

    private void updateEca(double celsius) {
        for (int c : dynamicIndex) {
            eca[c] = nernst(celsius, cai[c], cao[c], 2);
        }
    }
}
