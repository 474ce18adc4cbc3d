package org.synplast.engine.synapse;

/**
 * A somatic square current pulse.
 *
 * @param width     duration [ms]
 * @param amplitude injected current [nA], depolarising when positive
 */
public record SomaticStep(double width, double amplitude) {

    /** Validates. */
    public SomaticStep {
        MechanismConstants.positive("width", width);
        MechanismConstants.positive("amplitude", amplitude);
    }
}
