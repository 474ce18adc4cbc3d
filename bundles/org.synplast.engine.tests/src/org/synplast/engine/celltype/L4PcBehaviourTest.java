package org.synplast.engine.celltype;

import org.junit.jupiter.api.Test;

/**
 * L4 PC (cADpyr_L4TPC on the L4 UPC stand-in) against cells.md §4.4 (SSCx cADpyr_L4PC): RMP
 * −73.91 ± 1.67 mV, Rin 224.78 ± 87.72 MΩ, threshold current 0.0887 nA, bAP 81.33 ± 7.02 mV at
 * 91 µm and 72.47 ± 5.38 mV at 208 µm apical.
 */
class L4PcBehaviourTest extends CellTypeBehaviour {

    @Override
    CellType type() {
        return CellType.L4_PC;
    }

    @Override
    Target restingPotential() {
        return new Target(-73.91, 1.67);
    }

    @Override
    Target inputResistance() {
        return new Target(224.78, 87.72);
    }

    @Override
    double thresholdCurrent() {
        return 0.0887;
    }

    @Test
    void bapAt91And208MicronsWithinSscxTargets() {
        new Target(81.33, 7.02).assertWithin(bap.apicalAt(91), BAP_SDS, "bAP at 91 µm [mV]");
        new Target(72.47, 5.38).assertWithin(bap.apicalAt(208), BAP_SDS, "bAP at 208 µm [mV]");
    }
}
