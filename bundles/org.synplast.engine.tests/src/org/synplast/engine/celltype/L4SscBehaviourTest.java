package org.synplast.engine.celltype;

/**
 * L4 SSC (cADpyr_L4UPC on the stellate stand-in). cells.md §4.4 found no SSC-specific targets;
 * the L4 PC targets (SSCx cADpyr_L4PC: RMP −73.91 ± 1.67 mV, Rin 224.78 ± 87.72 MΩ, threshold
 * current 0.0887 nA) are the nearest experimental reference for a layer-4 excitatory cell.
 */
class L4SscBehaviourTest extends CellTypeBehaviour {

    @Override
    CellType type() {
        return CellType.L4_SSC;
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
}
