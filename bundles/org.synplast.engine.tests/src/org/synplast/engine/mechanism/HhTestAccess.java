package org.synplast.engine.mechanism;

import org.synplast.engine.cell.CellModel;

/** Shares {@link HhTest}'s hh soma with tests in other packages. */
public final class HhTestAccess {

    private HhTestAccess() {
    }

    /**
     * @param hh      the hh kind
     * @param celsius temperature
     * @return a 20 × 20 µm soma with hh
     */
    public static CellModel soma(MechanismKind hh, double celsius) {
        return HhTest.soma(hh, celsius);
    }
}
