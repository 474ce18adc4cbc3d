package org.synplast.engine.celltype;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.channel.CaDynamicsDc0;
import org.synplast.engine.channel.CaHva;
import org.synplast.engine.channel.CaLvast;
import org.synplast.engine.channel.Ih;
import org.synplast.engine.channel.KPst;
import org.synplast.engine.channel.KTst;
import org.synplast.engine.channel.NaT;
import org.synplast.engine.channel.NapEt2;
import org.synplast.engine.channel.SKE2;
import org.synplast.engine.channel.SKv31;
import org.synplast.engine.mechanism.MechanismKind;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.AxonReplacement;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.SectionType;

/**
 * A BBP 2017+ {@code pyr.json} e-model (cells.md §2.3, §4.2): pas in all sections (myelin
 * included); Ih on soma, basal and apical with the exponential gradient of path distance;
 * NaTg with the region shifts of channels.md (axonal vshifth 10, slopem 9; somatic vshiftm 13,
 * vshifth 15, slopem 7; apical vshiftm 6, vshifth 6) and an exponentially decaying apical
 * density; Ca_HVA2, Ca_LVAst and CaDynamics_DC0 in all four active regions. Fixed: Ra 100 Ω·cm;
 * cm 1 (soma, axon), 2 (dendrites), 0.02 (myelin); ena 50, ek −90 mV in axon, soma and apical
 * (NEURON's defaults elsewhere, where no Na or K channel is inserted); v_init −80 mV; distances
 * from the soma centre; axon replaced by {@link AxonReplacement#BBP_2017}.
 *
 * @param name          e-model name
 * @param gPas          g_pas of all sections [S/cm²]
 * @param ePas          e_pas of all sections [mV]
 * @param gIh           Ih density scale on soma and dendrites [S/cm²]
 * @param apicalNaDecay exponent of the apical NaTg density {@code g·exp(decay·d)} [1/µm]
 * @param axonal        axonal densities
 * @param somatic       somatic densities
 * @param apical        apical densities
 * @param basal         basal densities
 */
public record PyrJsonEModel(String name, double gPas, double ePas, double gIh, double apicalNaDecay, Axonal axonal,
        Somatic somatic, Apical apical, Basal basal) implements EModel {

    /** v_init of the {@code pyr.json} protocols [mV]. */
    public static final double V_INIT = -80;

    /**
     * @param naTg    [S/cm²]
     * @param napEt2  [S/cm²]
     * @param kPst    [S/cm²]
     * @param kTst    [S/cm²]
     * @param sKv31   [S/cm²]
     * @param skE2    [S/cm²]
     * @param caHva2  [S/cm²]
     * @param caLvast [S/cm²]
     * @param gamma   DC0 γ
     * @param decay   DC0 decay [ms]
     */
    public record Axonal(double naTg, double napEt2, double kPst, double kTst, double sKv31, double skE2, double caHva2,
            double caLvast, double gamma, double decay) {
    }

    /**
     * @param naTg    [S/cm²]
     * @param kPst    [S/cm²]
     * @param kTst    [S/cm²]
     * @param sKv31   [S/cm²]
     * @param skE2    [S/cm²]
     * @param caHva2  [S/cm²]
     * @param caLvast [S/cm²]
     * @param gamma   DC0 γ
     * @param decay   DC0 decay [ms]
     */
    public record Somatic(double naTg, double kPst, double kTst, double sKv31, double skE2, double caHva2, double caLvast,
            double gamma, double decay) {
    }

    /**
     * @param naTg    NaTg density at the soma, scaled by exp(apicalNaDecay·d) [S/cm²]
     * @param sKv31   [S/cm²]
     * @param caHva2  [S/cm²]
     * @param caLvast [S/cm²]
     * @param gamma   DC0 γ (decay keeps its default 70 ms)
     */
    public record Apical(double naTg, double sKv31, double caHva2, double caLvast, double gamma) {
    }

    /**
     * @param caHva2  [S/cm²]
     * @param caLvast [S/cm²]
     * @param gamma   DC0 γ (decay keeps its default 70 ms)
     */
    public record Basal(double caHva2, double caLvast, double gamma) {
    }

    @Override
    public Generation generation() {
        return Generation.SSCX_2017;
    }

    @Override
    public AxonReplacement axonReplacement() {
        return AxonReplacement.BBP_2017;
    }

    /** @return per-region cm, Ra, ena and ek */
    public static Map<SectionType, RegionProperties> regions() {
        Map<SectionType, RegionProperties> r = new EnumMap<>(SectionType.class);
        r.put(SectionType.SOMA, new RegionProperties(1, 100, 50, -90));
        r.put(SectionType.AXON, new RegionProperties(1, 100, 50, -90));
        r.put(SectionType.APICAL, new RegionProperties(2, 100, 50, -90));
        r.put(SectionType.BASAL, new RegionProperties(2, 100, 50, -77));
        r.put(SectionType.MYELIN, new RegionProperties(0.02, 100, 50, -77));
        return r;
    }

    @Override
    public CellModel apply(Morphology morphology) {
        List<Insertion> ins = new ArrayList<>();
        ins.add(Insertion.of(Pas.KIND, Regions.ALL).with("g", gPas).with("e", ePas));
        ins.add(Insertion.of(Ih.KIND, Regions.SOMADEND).with("gIhbar", d -> Regions.ihGradient(gIh, d)));
        ins.add(Insertion.of(NaT.NATG, Regions.AXONAL).with("gNaTgbar", axonal.naTg).with("vshifth", 10).with("slopem", 9));
        ins.add(Insertion.of(NaT.NATG, Regions.SOMATIC).with("gNaTgbar", somatic.naTg).with("vshiftm", 13)
                .with("vshifth", 15).with("slopem", 7));
        ins.add(Insertion.of(NaT.NATG, Regions.APICAL).with("gNaTgbar", d -> apical.naTg * Math.exp(d * apicalNaDecay))
                .with("vshiftm", 6).with("vshifth", 6));
        ins.add(Insertion.of(NapEt2.KIND, Regions.AXONAL).with("gNap_Et2bar", axonal.napEt2));
        ins.add(Insertion.of(KPst.KIND, Regions.AXONAL).with("gK_Pstbar", axonal.kPst));
        ins.add(Insertion.of(KPst.KIND, Regions.SOMATIC).with("gK_Pstbar", somatic.kPst));
        ins.add(Insertion.of(KTst.KIND, Regions.AXONAL).with("gK_Tstbar", axonal.kTst));
        ins.add(Insertion.of(KTst.KIND, Regions.SOMATIC).with("gK_Tstbar", somatic.kTst));
        ins.add(Insertion.of(SKv31.KIND, Regions.AXONAL).with("gSKv3_1bar", axonal.sKv31));
        ins.add(Insertion.of(SKv31.KIND, Regions.SOMATIC).with("gSKv3_1bar", somatic.sKv31));
        ins.add(Insertion.of(SKv31.KIND, Regions.APICAL).with("gSKv3_1bar", apical.sKv31));
        ins.add(Insertion.of(SKE2.KIND, Regions.AXONAL).with("gSK_E2bar", axonal.skE2));
        ins.add(Insertion.of(SKE2.KIND, Regions.SOMATIC).with("gSK_E2bar", somatic.skE2));
        ins.add(Insertion.of(CaHva.CA_HVA2, Regions.AXONAL).with("gCa_HVAbar", axonal.caHva2));
        ins.add(Insertion.of(CaHva.CA_HVA2, Regions.SOMATIC).with("gCa_HVAbar", somatic.caHva2));
        ins.add(Insertion.of(CaHva.CA_HVA2, Regions.APICAL).with("gCa_HVAbar", apical.caHva2));
        ins.add(Insertion.of(CaHva.CA_HVA2, Regions.BASAL).with("gCa_HVAbar", basal.caHva2));
        ins.add(Insertion.of(CaLvast.KIND, Regions.AXONAL).with("gCa_LVAstbar", axonal.caLvast));
        ins.add(Insertion.of(CaLvast.KIND, Regions.SOMATIC).with("gCa_LVAstbar", somatic.caLvast));
        ins.add(Insertion.of(CaLvast.KIND, Regions.APICAL).with("gCa_LVAstbar", apical.caLvast));
        ins.add(Insertion.of(CaLvast.KIND, Regions.BASAL).with("gCa_LVAstbar", basal.caLvast));
        CellModel base = new CellModel(morphology, new Discretization.ChunkLength(40), regions(), ins, CELSIUS, V_INIT,
                SPIKE_THRESHOLD, DistanceOrigin.SOMA_CENTER);
        MechanismKind pool = CaDynamicsDc0.kind(Cell.of(base)::diameter);
        return base.withInsertions(List.of(
                Insertion.of(pool, Regions.AXONAL).with("gamma", axonal.gamma).with("decay", axonal.decay),
                Insertion.of(pool, Regions.SOMATIC).with("gamma", somatic.gamma).with("decay", somatic.decay),
                Insertion.of(pool, Regions.APICAL).with("gamma", apical.gamma),
                Insertion.of(pool, Regions.BASAL).with("gamma", basal.gamma)));
    }
}
