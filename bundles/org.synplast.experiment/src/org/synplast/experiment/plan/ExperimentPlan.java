package org.synplast.experiment.plan;

import org.synplast.experiment.ExperimentException;

/**
 * One in silico experiment: a protocol applied to {@code pairs} independently drawn pairs of a
 * connection, compared with an in vitro result.
 *
 * @param name       the experiment's name, e.g. mrk97_07
 * @param connection the connection
 * @param protocol   the protocol
 * @param pairs      number of pairs, positive
 * @param seed       the experiment seed of every random stream
 * @param expected   the in vitro result, or null for a prediction without data
 * @param alpha      significance level of the verdict, in (0, 0.5]
 */
public record ExperimentPlan(String name, ConnectionPlan connection, ProtocolPlan protocol, int pairs, long seed,
        InVitroResult expected, double alpha) {

    /** Validates. */
    public ExperimentPlan {
        ExperimentException.require(name != null && !name.isBlank(), "experiment name", "non-blank", name);
        ExperimentException.require(connection != null && protocol != null, "connection and protocol", "set", name);
        ExperimentException.require(pairs >= 1, "pairs", ">= 1", pairs);
        ExperimentException.require(alpha > 0 && alpha <= 0.5, "alpha", "in (0, 0.5]", alpha);
    }

    /**
     * @param newName     a name
     * @param newProtocol a protocol
     * @return a copy that runs that protocol, without an in vitro result
     */
    public ExperimentPlan withProtocol(String newName, ProtocolPlan newProtocol) {
        return new ExperimentPlan(newName, connection, newProtocol, pairs, seed, null, alpha);
    }
}
