package org.synplast.neuron;

/** A failure to export a model to NEURON, to compile its mechanisms or to run it. */
public final class NeuronException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, with the remedy where there is one
     */
    public NeuronException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public NeuronException(String message, Throwable cause) {
        super(message, cause);
    }
}
