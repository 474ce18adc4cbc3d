package org.synplast.engine.celltype;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 * A BBP 2015 release e-model (cells.md §2.2, §3.1, §4.1; NMC {@code biophysics.hoc}): pas in all
 * sections with g_pas 3e−5 S/cm², e_pas −75 mV; NaTa_t, Nap_Et2, K_Pst, K_Tst, SK_E2, SKv3_1,
 * Ca_HVA, Ca_LVAst and CaDynamics_E2 in the axon; NaTs2_t, SKv3_1, SK_E2, Ca_HVA, Ca_LVAst, Ih
 * and CaDynamics_E2 in the soma; NaTs2_t, SKv3_1, Im and the exponential Ih gradient in the
 * apical dendrite; uniform Ih in basal dendrites; no dendritic Ca channels or pool. Fixed:
 * Ra 100 Ω·cm; cm 1 (soma, axon), 2 (dendrites); ena 50, ek −85 mV in soma, axon and apical;
 * v_init −65 mV (NEURON's default; the NMC hoc does not set it); distances from soma(0) as the
 * NMC templates' {@code distance()}; axon replaced by {@link AxonReplacement#BBP_2015}.
 *
 * @param name    e-model name, e.g. cADpyr229
 * @param axonal  axonal densities
 * @param somatic somatic densities
 * @param apical  apical densities
 * @param gIh     uniform basal Ih and scale of the apical gradient [S/cm²]
 */
public record Bbp2015EModel(String name, Axonal axonal, Somatic somatic, Apical apical, double gIh) implements EModel {

    /** g_pas of all sections [S/cm²]. */
    public static final double G_PAS = 3e-5;
    /** e_pas of all sections [mV]. */
    public static final double E_PAS = -75;
    /** NEURON's default v_init [mV]. */
    public static final double V_INIT = -65;

    /**
     * @param naTaT   [S/cm²]
     * @param napEt2  [S/cm²]
     * @param kPst    [S/cm²]
     * @param kTst    [S/cm²]
     * @param skE2    [S/cm²]
     * @param sKv31   [S/cm²]
     * @param caHva   [S/cm²]
     * @param caLvast [S/cm²]
     * @param gamma   CaDynamics_E2 γ
     * @param decay   CaDynamics_E2 decay [ms]
     */
    public record Axonal(double naTaT, double napEt2, double kPst, double kTst, double skE2, double sKv31, double caHva,
            double caLvast, double gamma, double decay) {
    }

    /**
     * @param naTs2T  [S/cm²]
     * @param sKv31   [S/cm²]
     * @param skE2    [S/cm²]
     * @param caHva   [S/cm²]
     * @param caLvast [S/cm²]
     * @param gIh     [S/cm²]
     * @param gamma   CaDynamics_E2 γ
     * @param decay   CaDynamics_E2 decay [ms]
     */
    public record Somatic(double naTs2T, double sKv31, double skE2, double caHva, double caLvast, double gIh, double gamma,
            double decay) {
    }

    /**
     * @param naTs2T [S/cm²]
     * @param sKv31  [S/cm²]
     * @param im     [S/cm²]
     */
    public record Apical(double naTs2T, double sKv31, double im) {
    }

    @Override
    public Generation generation() {
        return Generation.BBP_2015;
    }

    @Override
    public AxonReplacement axonReplacement() {
        return AxonReplacement.BBP_2015;
    }

    /** @return per-region cm, Ra, ena and ek */
    public static Map<SectionType, RegionProperties> regions() {
        Map<SectionType, RegionProperties> r = new EnumMap<>(SectionType.class);
        r.put(SectionType.SOMA, new RegionProperties(1, 100, 50, -85));
        r.put(SectionType.AXON, new RegionProperties(1, 100, 50, -85));
        r.put(SectionType.APICAL, new RegionProperties(2, 100, 50, -85));
        r.put(SectionType.BASAL, new RegionProperties(2, 100, 50, -77));
        return r;
    }

    @Override
    public CellModel apply(Morphology morphology) {
        List<Insertion> ins = new ArrayList<>();
        ins.add(Insertion.of(Pas.KIND, Regions.ALL).with("g", G_PAS).with("e", E_PAS));
        ins.add(Insertion.of(NaT.NATA_T, Regions.AXONAL).with("gNaTa_tbar", axonal.naTaT));
        ins.add(Insertion.of(NapEt2.KIND, Regions.AXONAL).with("gNap_Et2bar", axonal.napEt2));
        ins.add(Insertion.of(KPst.KIND, Regions.AXONAL).with("gK_Pstbar", axonal.kPst));
        ins.add(Insertion.of(KTst.KIND, Regions.AXONAL).with("gK_Tstbar", axonal.kTst));
        ins.add(Insertion.of(SKE2.KIND, Regions.AXONAL).with("gSK_E2bar", axonal.skE2));
        ins.add(Insertion.of(SKE2.KIND, Regions.SOMATIC).with("gSK_E2bar", somatic.skE2));
        ins.add(Insertion.of(SKv31.KIND, Regions.AXONAL).with("gSKv3_1bar", axonal.sKv31));
        ins.add(Insertion.of(SKv31.KIND, Regions.SOMATIC).with("gSKv3_1bar", somatic.sKv31));
        ins.add(Insertion.of(SKv31.KIND, Regions.APICAL).with("gSKv3_1bar", apical.sKv31));
        ins.add(Insertion.of(CaHva.CA_HVA, Regions.AXONAL).with("gCa_HVAbar", axonal.caHva));
        ins.add(Insertion.of(CaHva.CA_HVA, Regions.SOMATIC).with("gCa_HVAbar", somatic.caHva));
        ins.add(Insertion.of(CaLvast.KIND, Regions.AXONAL).with("gCa_LVAstbar", axonal.caLvast));
        ins.add(Insertion.of(CaLvast.KIND, Regions.SOMATIC).with("gCa_LVAstbar", somatic.caLvast));
        ins.add(Insertion.of(NaT.NATS2_T, Regions.SOMATIC).with("gNaTs2_tbar", somatic.naTs2T));
        ins.add(Insertion.of(NaT.NATS2_T, Regions.APICAL).with("gNaTs2_tbar", apical.naTs2T));
        ins.add(Insertion.of(Ih.KIND, Regions.SOMATIC).with("gIhbar", somatic.gIh));
        ins.add(Insertion.of(Ih.KIND, Regions.BASAL).with("gIhbar", gIh));
        ins.add(Insertion.of(Ih.KIND, Regions.APICAL).with("gIhbar", d -> Regions.ihGradient(gIh, d)));
        ins.add(Insertion.of(Im.KIND, Regions.APICAL).with("gImbar", apical.im));
        ins.add(Insertion.of(CaDynamicsE2.KIND, Regions.AXONAL).with("gamma", axonal.gamma).with("decay", axonal.decay));
        ins.add(Insertion.of(CaDynamicsE2.KIND, Regions.SOMATIC).with("gamma", somatic.gamma).with("decay", somatic.decay));
        return new CellModel(morphology, new Discretization.ChunkLength(40), regions(), ins, CELSIUS, V_INIT, SPIKE_THRESHOLD,
                DistanceOrigin.SOMA_START);
    }
}
