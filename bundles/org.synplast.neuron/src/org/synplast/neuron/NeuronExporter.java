package org.synplast.neuron;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.MechanismPlacement;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.mechanism.Hh;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Point3;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.MechanismConstants;
import org.synplast.engine.synapse.PlasticityParameters;
import org.synplast.engine.synapse.SynapseFormulas;
import org.synplast.engine.synapse.SynapseParameters;
import org.synplast.engine.synapse.Switches;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes a {@link NeuronModel} as NEURON input: {@code model.json} (schema
 * {@value #SCHEMA}, see the bundle README), SynPlast's own NMODL for every mechanism that is not
 * built into NEURON, and the driver script {@value #DRIVER}. The exported sections carry the
 * engine's nseg, and every mechanism parameter is written per engine compartment, so NEURON
 * simulates exactly the engine's compartments.
 */
public final class NeuronExporter {

    /** The JSON schema identifier the driver checks. */
    public static final String SCHEMA = "synplast-neuron/1";
    /** File name of the driver script. */
    public static final String DRIVER = "synplast_neuron.py";
    /** File name of the model description. */
    public static final String MODEL = "model.json";
    /** Sub-directory of the .mod files. */
    public static final String MOD_DIRECTORY = "mod";
    /** Mechanisms built into NEURON (no .mod file is exported for them). */
    public static final Set<String> BUILT_IN = Set.of("pas", "hh");
    /** The mechanisms SynPlast ships NMODL for. */
    public static final Set<String> SHIPPED = Set.of("NaTa_t", "NaTs2_t", "NaTg", "Nap_Et2", "K_Pst", "K_Tst", "SKv3_1",
            "SK_E2", "Ca_HVA", "Ca_HVA2", "Ca_LVAst", "Ih", "Im", "CaDynamics_E2", "CaDynamics_DC0", "GluSynapse");

    private NeuronExporter() {
    }

    /**
     * @param model     what to export
     * @param directory target directory, created if needed; existing export files are replaced
     * @return the written files
     * @throws NeuronException if the model uses a mechanism without NMODL
     */
    public static NeuronExport export(NeuronModel model, Path directory) {
        Set<String> mods = new TreeSet<>();
        for (MechanismPlacement p : model.cell().mechanisms()) {
            String name = p.kind().name();
            if (!BUILT_IN.contains(name)) {
                if (!SHIPPED.contains(name)) {
                    throw new NeuronException("no NMODL for mechanism " + name + "; SynPlast ships " + new TreeSet<>(SHIPPED));
                }
                mods.add(name);
            }
        }
        if (!model.synapses().isEmpty()) {
            mods.add("GluSynapse");
        }
        try {
            Files.createDirectories(directory.resolve(MOD_DIRECTORY));
            List<Path> written = new ArrayList<>();
            for (String m : mods) {
                Path target = directory.resolve(MOD_DIRECTORY).resolve(m + ".mod");
                copyResource("mod/" + m + ".mod", target);
                written.add(target);
            }
            Path driver = directory.resolve(DRIVER);
            copyResource("driver/" + DRIVER, driver);
            Path json = directory.resolve(MODEL);
            Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(describe(model)),
                    StandardCharsets.UTF_8);
            return new NeuronExport(directory, json, driver, written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the NEURON export to " + directory, e);
        }
    }

    /**
     * @param model what to export
     * @return the JSON description (schema {@value #SCHEMA})
     */
    public static JsonObject describe(NeuronModel model) {
        Cell cell = model.cell();
        CellModel cm = cell.model();
        JsonObject root = new JsonObject();
        root.addProperty("schema", SCHEMA);
        root.addProperty("celsius", cm.celsius());
        root.addProperty("v_init", cm.vInit());
        root.addProperty("dt", model.dt());
        root.addProperty("tstop", model.tStop());
        root.addProperty("settle_ms", model.settleMs());
        root.addProperty("record_every", model.recordEvery());
        JsonObject globals = new JsonObject();
        for (MechanismPlacement p : cell.mechanisms()) {
            if (p.kind() == Hh.UNTABULATED) {
                globals.addProperty("usetable_hh", 0);
            }
        }
        root.add("globals", globals);
        root.add("sections", sections(cell));
        root.add("mechanisms", mechanisms(cell));
        root.add("point_processes", synapses(model));
        JsonArray clamps = new JsonArray();
        for (CurrentPulse p : model.pulses()) {
            JsonObject o = location(cell, p.compartment());
            o.addProperty("delay", p.delay());
            o.addProperty("duration", p.duration());
            o.addProperty("amplitude", p.amplitude());
            clamps.add(o);
        }
        root.add("iclamps", clamps);
        JsonArray recordings = new JsonArray();
        for (Recording r : model.recordings()) {
            recordings.add(recording(cell, r));
        }
        root.add("recordings", recordings);
        return root;
    }

    private static JsonArray sections(Cell cell) {
        Morphology morphology = cell.model().morphology();
        JsonArray sections = new JsonArray();
        for (int s = 0; s < morphology.size(); s++) {
            Section sec = morphology.section(s);
            RegionProperties p = cell.model().properties(sec.type());
            JsonObject o = new JsonObject();
            o.addProperty("name", morphology.name(s));
            o.addProperty("parent", sec.parent());
            o.addProperty("parent_x", Math.max(0, sec.parentX()));
            o.addProperty("nseg", cell.nseg(s));
            if (sec.geometry() instanceof SectionGeometry.Trace t) {
                JsonArray points = new JsonArray();
                for (Point3 q : t.points()) {
                    JsonArray a = new JsonArray();
                    a.add(q.x());
                    a.add(q.y());
                    a.add(q.z());
                    a.add(q.diameter());
                    points.add(a);
                }
                o.add("points", points);
            } else {
                SectionGeometry.Cylinder c = (SectionGeometry.Cylinder) sec.geometry();
                o.addProperty("length", c.length());
                o.add("diameters", array(c.diameters()));
            }
            o.addProperty("Ra", p.ra());
            o.addProperty("cm", p.cm());
            o.addProperty("ena", p.ena());
            o.addProperty("ek", p.ek());
            sections.add(o);
        }
        return sections;
    }

    private static JsonArray mechanisms(Cell cell) {
        JsonArray mechanisms = new JsonArray();
        for (MechanismPlacement p : cell.mechanisms()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", p.kind().name());
            JsonArray segments = new JsonArray();
            for (int c : p.compartments()) {
                JsonArray a = new JsonArray();
                a.add(cell.section(c));
                a.add(cell.x(c));
                segments.add(a);
            }
            o.add("segments", segments);
            JsonObject parameters = new JsonObject();
            for (Map.Entry<String, double[]> e : p.parameters().entrySet()) {
                parameters.add(e.getKey(), array(e.getValue()));
            }
            o.add("parameters", parameters);
            mechanisms.add(o);
        }
        return mechanisms;
    }

    private static JsonArray synapses(NeuronModel model) {
        JsonArray processes = new JsonArray();
        boolean seeded = false;
        for (ExportedSynapse s : model.synapses()) {
            JsonObject o = location(model.cell(), s.compartment());
            o.addProperty("id", s.id());
            o.addProperty("type", "GluSynapse");
            o.add("parameters", synapseParameters(s));
            o.add("events", array(s.spikeTimes()));
            if (!s.model().switches().fullRelease() && !seeded) {
                JsonObject calls = new JsonObject();
                JsonArray args = new JsonArray();
                args.add(model.seed());
                calls.add("setSeed", args);
                o.add("calls", calls);
                seeded = true;
            }
            processes.add(o);
        }
        return processes;
    }

    /** The GluSynapse.mod parameters that reproduce the engine's synapse. */
    private static JsonObject synapseParameters(ExportedSynapse s) {
        MechanismConstants k = s.model().constants();
        PlasticityParameters pl = s.model().plasticity();
        Conditions c = s.model().conditions();
        Switches sw = s.model().switches();
        SynapseParameters p = s.parameters();
        double caO = c.caO();
        JsonObject o = new JsonObject();
        o.addProperty("tau_r_AMPA", k.tauRiseAmpa());
        o.addProperty("tau_d_AMPA", p.tauDecayAmpa());
        o.addProperty("E_AMPA", k.reversalAmpa());
        o.addProperty("gmax0_AMPA", p.gsyn());
        o.addProperty("gmax_d_AMPA", p.gd());
        o.addProperty("gmax_p_AMPA", p.gp());
        o.addProperty("tau_r_NMDA", k.tauRiseNmda());
        o.addProperty("tau_d_NMDA", k.tauDecayNmda());
        o.addProperty("E_NMDA", k.reversalNmda());
        o.addProperty("E_ca_NMDA", k.reversalNmdaCa());
        o.addProperty("gmax_NMDA", sw.nmdaBlocked() ? 0 : p.gmaxNmda());
        o.addProperty("mg", c.mgO());
        o.addProperty("Use0", SynapseFormulas.scaledProbability(p.u(), caO));
        o.addProperty("Use_d", SynapseFormulas.scaledProbability(p.ud(), caO));
        o.addProperty("Use_p", SynapseFormulas.scaledProbability(p.up(), caO));
        o.addProperty("Dep", p.depressionTime());
        o.addProperty("Fac", p.facilitationTime());
        o.addProperty("Nrrp", p.nrrp());
        o.addProperty("deterministic", sw.fullRelease() ? 1 : 0);
        o.addProperty("volume_CR", p.spineVolume());
        o.addProperty("gca_bar_VDCC", sw.vdccBlocked() ? 0 : k.gcaBar());
        o.addProperty("tau_m_VDCC", k.tauVdccM());
        o.addProperty("tau_h_VDCC", k.tauVdccH());
        o.addProperty("gamma_ca_CR", k.caFreeFraction());
        o.addProperty("tau_ca_CR", k.tauCa());
        o.addProperty("min_ca_CR", k.caRest());
        o.addProperty("cao_CR", caO);
        o.addProperty("celsius_CR", c.celsius());
        o.addProperty("tau_effca_GB", pl.tauEffCa());
        o.addProperty("theta_d_GB", finite(s.thresholds().thetaD()));
        o.addProperty("theta_p_GB", finite(s.thresholds().thetaP()));
        o.addProperty("gamma_d_GB", sw.mk801() ? 0 : pl.gammaD());
        o.addProperty("gamma_p_GB", pl.gammaP());
        o.addProperty("rho_star_GB", k.rhoStar());
        o.addProperty("tau_ind_GB", k.tauInduction());
        o.addProperty("tau_exp_GB", k.tauExpression());
        o.addProperty("rho0_GB", p.rho0());
        o.addProperty("plasticity", sw.plasticityOff() ? 0 : 1);
        return o;
    }

    /** An infinite threshold (never crossed) as the largest finite double, which JSON can carry. */
    private static double finite(double threshold) {
        return threshold == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : threshold;
    }

    private static JsonObject recording(Cell cell, Recording r) {
        JsonObject o;
        if (r instanceof Recording.Membrane m) {
            o = location(cell, m.compartment());
            o.addProperty("variable", m.variable());
        } else if (r instanceof Recording.Mechanism m) {
            o = location(cell, m.compartment());
            o.addProperty("mechanism", m.mechanism());
            o.addProperty("variable", m.variable());
        } else {
            Recording.Synapse s = (Recording.Synapse) r;
            o = new JsonObject();
            o.addProperty("point_process", s.synapse());
            o.addProperty("variable", s.variable().nmodlName());
        }
        o.addProperty("name", r.name());
        return o;
    }

    private static JsonObject location(Cell cell, int compartment) {
        cell.checkCompartment(compartment);
        JsonObject o = new JsonObject();
        o.addProperty("section", cell.section(compartment));
        o.addProperty("x", cell.x(compartment));
        return o;
    }

    private static JsonArray array(double[] values) {
        JsonArray a = new JsonArray();
        for (double v : values) {
            a.add(v);
        }
        return a;
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = NeuronExporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NeuronException("resource " + name + " is missing from the org.synplast.neuron bundle");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
