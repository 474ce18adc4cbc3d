package org.synplast.engine.celltype;

/** The three generations of pyramidal-cell e-models of cells.md §0. */
public enum Generation {
    /** Hay et al. 2011: one L5b TTPC model set with an explicit Ca hot zone. */
    HAY_2011,
    /** BBP 2015 release (NMC portal): cADpyr229 (L2/3 PC), cADpyr230 (L4), cADpyr232 (L5). */
    BBP_2015,
    /** BBP 2017+ SSCx {@code pyr.json} e-models, tuned with bAP-evoked [Ca]i targets. */
    SSCX_2017
}
