package org.synplast.experiment.plan;

import org.synplast.engine.cell.CellModel;
import org.synplast.engine.sampling.PathwayPhysiology;
import org.synplast.engine.synapse.MechanismConstants;
import org.synplast.engine.synapse.PlasticityParameters;
import org.synplast.experiment.ExperimentException;

/**
 * A pre→post connection: the postsynaptic cell, how many synapses a pair has and where, the
 * pathway's synaptic physiology and the plasticity model. Presynaptic cells are not simulated.
 *
 * @param name         the connection's name, for reports
 * @param postCellName the postsynaptic cell type's name, for reports
 * @param postCell     the postsynaptic cell model (its temperature is replaced by the protocol's)
 * @param synapseCount synapses per pair
 * @param placement    where they go
 * @param physiology   per-synapse parameter distributions (model.md §3.4)
 * @param constants    mechanism constants (model.md §3.1)
 * @param plasticity   the fitted plasticity parameters (model.md §3.2)
 */
public record ConnectionPlan(String name, String postCellName, CellModel postCell, SynapseCount synapseCount,
        PlacementRule placement, PathwayPhysiology physiology, MechanismConstants constants,
        PlasticityParameters plasticity) {

    /** Validates that no part is missing. */
    public ConnectionPlan {
        ExperimentException.require(name != null && !name.isBlank(), "connection name", "non-blank", name);
        ExperimentException.require(postCellName != null && postCell != null, "postsynaptic cell", "set", name);
        ExperimentException.require(synapseCount != null && placement != null && physiology != null,
                "synapse count, placement, physiology", "set", name);
        ExperimentException.require(constants != null && plasticity != null, "synapse model", "set", name);
    }
}
