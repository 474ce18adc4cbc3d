package org.synplast.engine.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlasticityParametersTest {

    private static final PlasticityParameters P = PlasticityParameters.CHINDEMI_2022;

    @Test
    void basalAndApicalThresholdsUseTheirCoefficients() {
        double cPre = 0.02;
        double cPost = 0.05;
        Thresholds basal = P.thresholds(SynapseLocation.BASAL, cPre, cPost);
        assertEquals(1.0018099627 * cPre + 1.9535568661 * cPost, basal.thetaD(), 1e-15);
        assertEquals(1.1593870631 * cPre + 2.4827933785 * cPost, basal.thetaP(), 1e-15);
        Thresholds apical = P.thresholds(SynapseLocation.APICAL, cPre, cPost);
        assertEquals(1.1267343377 * cPre + 2.4559713296 * cPost, apical.thetaD(), 1e-15);
        assertEquals(5.2356637311 * cPre + 1.7822214534 * cPost, apical.thetaP(), 1e-15);
        assertTrue(basal.plastic());
    }

    @Test
    void otherLocationsAndFailedPostCalibrationGetNoPlasticity() {
        assertSame(Thresholds.NONE, P.thresholds(SynapseLocation.OTHER, 0.02, 0.05));
        assertSame(Thresholds.NONE, P.thresholds(SynapseLocation.BASAL, 0.02, Double.NaN));
        assertFalse(Thresholds.NONE.plastic());
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> P.thresholds(SynapseLocation.BASAL, -1.0, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(0.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new ThresholdCoefficients(-1, 0, 0, 0));
    }
}
