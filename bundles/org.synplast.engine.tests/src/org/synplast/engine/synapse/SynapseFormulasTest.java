package org.synplast.engine.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;

class SynapseFormulasTest {

    @Test
    void nmdaCalciumFractionAtTwoMillimolar() {
        // 0.6·8/(8 + 120/1.38) = 4.8/94.9565... = 0.050549...
        assertEquals(0.0505494, SynapseFormulas.nmdaCalciumFraction(2.0), 1e-7);
    }

    @Test
    void hillScaleValuesOfTheSpecification() {
        assertEquals(1.0, SynapseFormulas.hillScale(2.0), 1e-15);
        assertEquals(0.158, SynapseFormulas.hillScale(1.2), 5e-4);
        assertEquals(1.876, SynapseFormulas.hillScale(2.5), 5e-4);
    }

    @Test
    void scaledProbabilityIsCappedAtOne() {
        assertEquals(1.0, SynapseFormulas.scaledProbability(0.6, 2.5));
        assertEquals(0.3 * SynapseFormulas.hillScale(1.2), SynapseFormulas.scaledProbability(0.3, 1.2), 1e-15);
    }

    @Test
    void nernstPotentialEqualsBoltzmannForm() {
        // kT/(ze) with the exact SI constants; R/F = k/e exactly, the constants agree to 1e-10
        double boltzmann = 1.380649e-23;
        double elementaryCharge = 1.602176634e-19;
        double expected = 1e3 * boltzmann * (34.0 + 273.15) / (2 * elementaryCharge) * Math.log(2.0 / 70e-6);
        assertEquals(expected, SynapseFormulas.calciumReversal(34.0, 2.0, 70e-6), 1e-9 * expected);
        assertEquals(135.8, expected, 0.1);
    }

    @Test
    void peakNormalisationMakesTheDualExponentialPeakAtOne() {
        for (double[] taus : new double[][] {{0.2, 1.74}, {0.29, 70.0}, {1.0, 1.5}}) {
            double tr = taus[0];
            double td = taus[1];
            double f = SynapseFormulas.peakNormalisation(tr, td);
            // the peak is where the derivative vanishes; found numerically, independently of peakTime
            double tPeak = new BrentSolver(1e-14).solve(200,
                    t -> -Math.exp(-t / td) / td + Math.exp(-t / tr) / tr, 1e-6, 10 * td);
            assertEquals(SynapseFormulas.peakTime(tr, td), tPeak, 1e-10);
            assertEquals(1.0, f * (Math.exp(-tPeak / td) - Math.exp(-tPeak / tr)), 1e-14);
        }
        assertThrows(IllegalArgumentException.class, () -> SynapseFormulas.peakNormalisation(2.0, 1.0));
    }

    @Test
    void mgBlockAndVdccGates() {
        assertEquals(1.0 / (1.0 + 1.0 / 2.552), SynapseFormulas.mgBlock(0.0, 1.0), 1e-15);
        assertEquals(1.0, SynapseFormulas.mgBlock(-80.0, 0.0), 0.0);
        assertEquals(0.5, SynapseFormulas.vdccActivation(-5.9), 1e-15);
        assertEquals(0.5, SynapseFormulas.vdccInactivation(-39.0), 1e-15);
        // inactivation falls with depolarisation, activation rises
        assertTrue(SynapseFormulas.vdccInactivation(0.0) < 0.05);
        assertTrue(SynapseFormulas.vdccActivation(20.0) > 0.9);
    }

    @Test
    void sphereAreaFromVolume() {
        double r = 0.35;
        double volume = 4.0 / 3.0 * Math.PI * r * r * r;
        assertEquals(4 * Math.PI * r * r, SynapseFormulas.sphereArea(volume), 1e-14);
    }
}
