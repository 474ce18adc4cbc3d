package org.synplast.neuron;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.channel.CaDynamicsE2;
import org.synplast.engine.channel.CaHva;
import org.synplast.engine.channel.CaLvast;
import org.synplast.engine.channel.Ih;
import org.synplast.engine.channel.Im;
import org.synplast.engine.channel.KPst;
import org.synplast.engine.channel.KTst;
import org.synplast.engine.channel.NaT;
import org.synplast.engine.channel.NapEt2;
import org.synplast.engine.channel.SKE2;
import org.synplast.engine.channel.SKv31;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.AxonReplacement;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.SectionType;

/**
 * The BBP 2015 L5 TTPC e-model (cADpyr232, cells.md §2.2) on any reconstruction, built directly
 * from the engine's channel library: axon replaced by the BBP 2015 stub, nseg = 1 + 2·int(L/40),
 * 34 °C, v_init −65 mV, distances from the soma centre. The calcium pools are inserted first so
 * that the engine, which advances states in insertion order, updates cai before SK_E2 reads it,
 * as NEURON does (registration order of the compiled mechanisms). It serves the NEURON benchmark and
 * differential tests on a real morphology until the engine ships its own cell types.
 */
public final class Bbp2015Ttpc {

    private static final Set<SectionType> SOMA = Set.of(SectionType.SOMA);
    private static final Set<SectionType> AXON = Set.of(SectionType.AXON);
    private static final Set<SectionType> APICAL = Set.of(SectionType.APICAL);
    private static final Set<SectionType> BASAL = Set.of(SectionType.BASAL);
    private static final Set<SectionType> ALL = Set.of(SectionType.SOMA, SectionType.AXON, SectionType.APICAL, SectionType.BASAL);

    private Bbp2015Ttpc() {
    }

    /**
     * @param reconstruction a morphology with soma, axon, basal and apical dendrites
     * @return the cell model
     */
    public static CellModel of(Morphology reconstruction) {
        Morphology m = AxonReplacement.BBP_2015.apply(reconstruction);
        RegionProperties active = new RegionProperties(1, 100, 50, -85);
        RegionProperties dendrite = new RegionProperties(2, 100, 50, -85);
        Map<SectionType, RegionProperties> regions = Map.of(SectionType.SOMA, active, SectionType.AXON, active, SectionType.APICAL,
                dendrite, SectionType.BASAL, dendrite);
        List<Insertion> insertions = List.of(
                Insertion.of(CaDynamicsE2.KIND, AXON).with("gamma", 0.002910).with("decay", 287.198731),
                Insertion.of(CaDynamicsE2.KIND, SOMA).with("gamma", 0.000609).with("decay", 210.485284),
                Insertion.of(Pas.KIND, ALL).with("g", 3e-5).with("e", -75.0),
                Insertion.of(NaT.NATA_T, AXON).with("gNaTa_tbar", 3.137968),
                Insertion.of(NapEt2.KIND, AXON).with("gNap_Et2bar", 0.006827),
                Insertion.of(KPst.KIND, AXON).with("gK_Pstbar", 0.973538),
                Insertion.of(KTst.KIND, AXON).with("gK_Tstbar", 0.089259),
                Insertion.of(SKE2.KIND, AXON).with("gSK_E2bar", 0.007104),
                Insertion.of(SKE2.KIND, SOMA).with("gSK_E2bar", 0.008407),
                Insertion.of(SKv31.KIND, AXON).with("gSKv3_1bar", 1.021945),
                Insertion.of(SKv31.KIND, SOMA).with("gSKv3_1bar", 0.303472),
                Insertion.of(SKv31.KIND, APICAL).with("gSKv3_1bar", 0.004226),
                Insertion.of(CaHva.CA_HVA, AXON).with("gCa_HVAbar", 0.000990),
                Insertion.of(CaHva.CA_HVA, SOMA).with("gCa_HVAbar", 0.000994),
                Insertion.of(CaLvast.KIND, AXON).with("gCa_LVAstbar", 0.008752),
                Insertion.of(CaLvast.KIND, SOMA).with("gCa_LVAstbar", 0.000333),
                Insertion.of(NaT.NATS2_T, SOMA).with("gNaTs2_tbar", 0.983955),
                Insertion.of(NaT.NATS2_T, APICAL).with("gNaTs2_tbar", 0.026145),
                Insertion.of(Ih.KIND, Set.of(SectionType.SOMA, SectionType.BASAL)).with("gIhbar", 8e-5),
                Insertion.of(Ih.KIND, APICAL).with("gIhbar", d -> 8e-5 * (-0.8696 + 2.087 * Math.exp(0.0031 * d))),
                Insertion.of(Im.KIND, APICAL).with("gImbar", 0.000143));
        return new CellModel(m, new Discretization.ChunkLength(40), regions, insertions, 34, -65, -20, DistanceOrigin.SOMA_CENTER);
    }
}
