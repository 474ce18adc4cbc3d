package org.synplast.engine.channel;

import java.util.List;
import java.util.Optional;

import org.synplast.engine.mechanism.MechanismKind;

/**
 * The BBP/Hay channel set of channels.md by NMODL suffix. {@code CaDynamics_DC0} is not listed:
 * it needs the cell's diameters, see {@link CaDynamicsDc0#kind}.
 */
public final class ChannelLibrary {

    private static final List<MechanismKind> KINDS = List.of(NaT.NATA_T, NaT.NATS2_T, NaT.NATG, NapEt2.KIND, KPst.KIND,
            KTst.KIND, SKv31.KIND, SKE2.KIND, CaHva.CA_HVA, CaHva.CA_HVA2, CaLvast.KIND, Ih.KIND, Im.KIND, CaDynamicsE2.KIND);

    private ChannelLibrary() {
    }

    /** @return every geometry-independent mechanism kind of the set, in channels.md order */
    public static List<MechanismKind> kinds() {
        return KINDS;
    }

    /**
     * @param suffix an NMODL suffix, e.g. {@code NaTa_t}
     * @return the kind, if it is in {@link #kinds()}
     */
    public static Optional<MechanismKind> kind(String suffix) {
        return KINDS.stream().filter(k -> k.name().equals(suffix)).findFirst();
    }
}
