package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.morphology.SectionType;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.Experiments;
import org.synplast.experiment.plan.PlacementRule;
import org.synplast.experiment.plan.PlacementRule.Weighting;

/**
 * Placement on the test cell: basal 200 µm × 1.5 µm and apical 600 µm × 3 µm, 5 compartments
 * each, so a basal compartment has 1/6 of an apical one's area and 1/3 of its length.
 */
class SynapsePlacerTest {

    private static final Cell CELL = Cell.of(Experiments.ballAndSticks());
    private static final int DRAWS = 100_000;

    private static double basalFraction(Weighting w) {
        SynapsePlacer p = new SynapsePlacer(CELL,
                new PlacementRule(Set.of(SectionType.BASAL, SectionType.APICAL), 0, 2000, w));
        int basal = 0;
        for (int c : p.place(DRAWS, new Well19937c(1))) {
            basal += CELL.type(c) == SectionType.BASAL ? 1 : 0;
        }
        return basal / (double) DRAWS;
    }

    /** Expected basal fractions 1/7 (area) and 1/4 (length); binomial SD ≤ 0.0014, tolerance 5 SD. */
    @Test
    void drawsAreProportionalToAreaOrLength() {
        assertEquals(1.0 / 7.0, basalFraction(Weighting.AREA), 0.007);
        assertEquals(1.0 / 4.0, basalFraction(Weighting.LENGTH), 0.007);
    }

    @Test
    void onlyCompartmentsOfTheSelectedTypeAndDistanceRange() {
        SynapsePlacer p = new SynapsePlacer(CELL, new PlacementRule(Set.of(SectionType.APICAL), 100, 400, Weighting.AREA));
        int[] c = p.candidates();
        assertTrue(c.length > 0);
        for (int k : c) {
            assertEquals(SectionType.APICAL, CELL.type(k));
            assertTrue(CELL.distance(k) >= 100 && CELL.distance(k) <= 400, "distance " + CELL.distance(k));
        }
        // apical compartments of 120 µm centred at 12.5 + 60, 180, 300, 420, 540 µm from the soma centre
        assertEquals(2, c.length);
    }

    @Test
    void anEmptySelectionIsAnError() {
        assertThrows(ExperimentException.class, () -> new SynapsePlacer(CELL,
                new PlacementRule(Set.of(SectionType.BASAL), 500, 900, Weighting.AREA)));
    }
}
