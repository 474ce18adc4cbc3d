package org.synplast.neuron;

import java.util.Objects;
import java.util.regex.Pattern;

/** A quantity to record in NEURON, named for the CSV column that holds it. */
public sealed interface Recording {

    /** @return the column name: letters, digits, '_', '.', '-', '[' and ']' */
    String name();

    /**
     * A membrane or ion quantity of a compartment: {@code v}, {@code cai}, {@code ica}, {@code eca},
     * {@code ina}, {@code ik}, ... (NEURON's names).
     *
     * @param name        column name
     * @param compartment the engine compartment
     * @param variable    the NEURON range variable
     */
    record Membrane(String name, int compartment, String variable) implements Recording {
        /** Validates. */
        public Membrane {
            checkName(name);
            Objects.requireNonNull(variable, "variable");
        }
    }

    /**
     * A state or parameter of a density mechanism, e.g. ("hh", "m").
     *
     * @param name        column name
     * @param compartment the engine compartment
     * @param mechanism   the mechanism's suffix
     * @param variable    the variable without suffix
     */
    record Mechanism(String name, int compartment, String mechanism, String variable) implements Recording {
        /** Validates. */
        public Mechanism {
            checkName(name);
            Objects.requireNonNull(mechanism, "mechanism");
            Objects.requireNonNull(variable, "variable");
        }
    }

    /**
     * A quantity of an exported synapse.
     *
     * @param name     column name
     * @param synapse  the synapse's id ({@link ExportedSynapse#id()})
     * @param variable the quantity
     */
    record Synapse(String name, String synapse, SynapseVariable variable) implements Recording {
        /** Validates. */
        public Synapse {
            checkName(name);
            Objects.requireNonNull(synapse, "synapse");
            Objects.requireNonNull(variable, "variable");
        }
    }

    private static void checkName(String name) {
        if (name == null || !Pattern.matches("[A-Za-z0-9_.\\[\\]-]+", name)) {
            throw new IllegalArgumentException("recording name must match [A-Za-z0-9_.[]-]+, got " + name);
        }
    }
}
