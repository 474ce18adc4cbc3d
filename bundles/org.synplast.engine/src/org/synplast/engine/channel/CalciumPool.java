package org.synplast.engine.channel;

import java.util.Map;

import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.IonState;
import org.synplast.engine.mechanism.Membrane;

/**
 * A submembrane calcium pool (channels.md, CaDynamics_E2 / CaDynamics_DC0):
 * {@code dcai/dt = −10000 · ica · γ / (2 F depth) − (cai − minCai)/decay} with ica the total
 * calcium current density of the compartment in this step [mA/cm²], depth [µm], decay [ms] and
 * F = {@link IonState#FARADAY}. It writes the ion's cai, so the simulation recomputes eca from
 * the Nernst equation every step. Integrated as NMODL {@code cnexp}, exact for ica held over
 * the step: {@code cai ← c∞ + (cai − c∞) exp(−dt/decay)} with {@code c∞ = minCai + drive·decay}.
 */
public abstract class CalciumPool extends AbstractDensityMechanism {

    /** {@code 10000 / (2 F)}: converts ica [mA/cm²] over a depth [µm] into [mM/ms]. */
    static final double DRIVE_FACTOR = 1e4 / (2 * IonState.FARADAY);

    private final double[] decay;
    private final double[] minCai;
    private final double[] drive;
    private final double[] retention; // exp(−dt/decay) for steps of retentionDt
    private double retentionDt = Double.NaN; // [ms]

    /**
     * @param name         the NMODL suffix
     * @param compartments where inserted
     * @param parameters   per-compartment parameter values
     * @param decayName    the name of the decay time constant parameter [ms]
     */
    CalciumPool(String name, int[] compartments, Map<String, double[]> parameters, String decayName) {
        super(name, compartments);
        this.decay = parameter(parameters, decayName);
        this.minCai = new double[compartments.length];
        this.drive = new double[compartments.length];
        this.retention = new double[compartments.length];
    }

    /**
     * Sets the pool constants of one compartment (called by subclass constructors).
     *
     * @param k              local index
     * @param minimum        resting concentration minCai [mM]
     * @param gammaOverDepth γ/depth [1/µm]
     */
    final void setConstants(int k, double minimum, double gammaOverDepth) {
        minCai[k] = minimum;
        drive[k] = DRIVE_FACTOR * gammaOverDepth;
    }

    @Override
    public final boolean writesCalcium() {
        return true;
    }

    @Override
    public final void current(Membrane m) {
        // a pool carries no current
    }

    @Override
    public final void advance(Membrane m) {
        double[] cai = m.ions().cai();
        double[] ica = m.ions().ica();
        double dt = m.dt();
        if (dt != retentionDt) {
            for (int k = 0; k < comp.length; k++) {
                retention[k] = Math.exp(-dt / decay[k]);
            }
            retentionDt = dt;
        }
        for (int k = 0; k < comp.length; k++) {
            int c = comp[k];
            double steady = minCai[k] - drive[k] * ica[c] * decay[k];
            cai[c] = steady + (cai[c] - steady) * retention[k];
        }
    }

    /**
     * @param k local index
     * @return the resting concentration minCai there [mM]
     */
    public final double minCai(int k) {
        return minCai[k];
    }
}
