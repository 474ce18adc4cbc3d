package org.synplast.engine.morphology;

/**
 * The kind of a section, i.e. the region lists of the e-models ({@code somatic}, {@code axonal},
 * {@code basal}, {@code apical}, {@code myelinated}). SWC type codes 1 to 4 map to the first four.
 */
public enum SectionType {
    /** Cell body (SWC 1, Neurolucida CellBody). */
    SOMA("soma", 1),
    /** Axon (SWC 2). */
    AXON("axon", 2),
    /** Basal dendrite (SWC 3, Neurolucida Dendrite). */
    BASAL("dend", 3),
    /** Apical dendrite (SWC 4). */
    APICAL("apic", 4),
    /** Myelin added by the 2017+ axon replacement (no SWC code). */
    MYELIN("myelin", -1);

    private final String neuronName;
    private final int swcCode;

    SectionType(String neuronName, int swcCode) {
        this.neuronName = neuronName;
        this.swcCode = swcCode;
    }

    /** @return the section array name NEURON's Import3d uses (soma, axon, dend, apic, myelin) */
    public String neuronName() {
        return neuronName;
    }

    /** @return the SWC structure code, or -1 if there is none */
    public int swcCode() {
        return swcCode;
    }

    /**
     * @param code an SWC structure code
     * @return the type, or {@code null} if the code is not 1 to 4
     */
    public static SectionType ofSwcCode(int code) {
        for (SectionType t : values()) {
            if (t.swcCode == code) {
                return t;
            }
        }
        return null;
    }
}
