package org.synplast.engine.celltype;

import org.junit.jupiter.api.Test;

/**
 * L2/3 PC (cADpyr229 on its stand-in) against cells.md §3.3 (SSCx cADpyr_L23PC): RMP
 * −80.55 ± 4.24 mV, Rin 239.81 ± 43.50 MΩ, threshold current 0.0834 nA, bAP 88.23 ± 7.43 mV
 * at 56 µm apical.
 */
class L23PcBehaviourTest extends CellTypeBehaviour {

    @Override
    CellType type() {
        return CellType.L23_PC;
    }

    @Override
    Target restingPotential() {
        return new Target(-80.55, 4.24);
    }

    @Override
    Target inputResistance() {
        return new Target(239.81, 43.50);
    }

    @Override
    double thresholdCurrent() {
        return 0.0834;
    }

    @Test
    void bapAt56MicronsWithinSscxTarget() {
        new Target(88.23, 7.43).assertWithin(bap.apicalAt(56), BAP_SDS, "bAP at 56 µm [mV]");
    }
}
