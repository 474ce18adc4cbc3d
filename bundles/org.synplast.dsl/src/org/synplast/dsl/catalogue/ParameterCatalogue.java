package org.synplast.dsl.catalogue;

import static org.synplast.dsl.catalogue.Parameter.Flag.DISTRIBUTION;
import static org.synplast.dsl.catalogue.Parameter.Flag.LIST;
import static org.synplast.dsl.catalogue.Parameter.Flag.REQUIRED;
import static org.synplast.dsl.catalogue.Parameter.Flag.SPATIAL;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.synplast.dsl.catalogue.Parameter.Flag;

/**
 * The one table of every setting of the language: name, meaning, canonical unit, default, valid and
 * physiological ranges, literature source. Validation, hover, completion and the compiler read it.
 *
 * <p>Units are the canonical units values are converted to: ms (s for the slow plasticity time
 * constants τ_ind and τ_exp, as in model.md), mV, nA, nS, mM, µm, µm², µm³, S/cm², µF/cm², Ω·cm,
 * °C, Hz. The root block of each element kind is returned by {@link #root(String)}.
 */
public final class ParameterCatalogue {

	/** Element kinds, as written before an element's name. */
	public static final List<String> ELEMENT_KINDS = List.of("synapse", "morphology", "membrane", "cell", "connection",
			"protocol", "experiment", "sweep");

	/** Region names of a neuron (membrane blocks, placement rules). */
	public static final Set<String> REGIONS = Set.of("soma", "axon", "myelin", "basal", "apical", "dendrites", "all");

	/** Channel mechanisms of channels.md whose density ḡ can be given as `Name = value S/cm2`. */
	public static final List<String> CHANNELS = List.of("NaTa_t", "NaTs2_t", "NaTg", "Nap_Et2", "K_Pst", "K_Tst",
			"SKv3_1", "SK_E2", "Ca_HVA", "Ca_HVA2", "Ca_LVAst", "Ih", "Im", "KdShu2007");

	/** Calcium pool mechanisms of channels.md (blocks only). */
	public static final List<String> CALCIUM_POOLS = List.of("CaDynamics_E2", "CaDynamics_DC0");

	/** Axon replacement rules (cells.md §1.3), the values of {@code axon_stub}. */
	public static final List<String> AXON_STUBS = List.of("bbp2017", "bbp2015", "hay2011");

	/** Origins of path distances (cells.md §1.2), the values of {@code distance_origin}; the first is the default. */
	public static final List<String> DISTANCE_ORIGINS = List.of("soma_center", "soma_start");

	private static final double INF = Double.POSITIVE_INFINITY;
	private static final String CHINDEMI = "Chindemi et al. 2022, Nat Commun 13:3038 (model.md §3.1)";
	private static final String FITTED = "Chindemi et al. 2022, fitted parameter set (model.md §3.2)";
	private static final String RECIPE = "BBP SSCx recipe (model.md §3.3–3.4)";
	private static final String CELLS = "Hay et al. 2011; BBP e-models (cells.md)";
	private static final String CHANNELS_MD = "channels.md (BBP/Hay mechanisms)";

	private static final Map<String, BlockSpec> ROOTS = Map.of(
			"synapse", synapse(), "morphology", morphology(), "membrane", membrane(), "cell", cell(),
			"connection", connection(), "protocol", protocol(), "experiment", experiment(), "sweep", sweep());

	private ParameterCatalogue() {
	}

	/** The root block of an element kind ("synapse", "morphology", ...). */
	public static Optional<BlockSpec> root(String elementKind) {
		return Optional.ofNullable(ROOTS.get(elementKind));
	}

	/** Resolves a block path below an element kind's root, e.g. ("membrane", ["apical", "CaDynamics_E2"]). */
	public static Optional<BlockSpec> block(String elementKind, List<String> path) {
		Optional<BlockSpec> b = root(elementKind);
		for (String key : path) {
			b = b.flatMap(x -> x.block(key));
		}
		return b;
	}

	// ---- building helpers ------------------------------------------------------------------

	private static Parameter q(String key, String meaning, String unit, String def, double min, boolean minExcl,
			double max, double physMin, double physMax, String source, Flag... flags) {
		return new Parameter(key, meaning, ValueKind.QUANTITY, unit, def, min, minExcl, max, physMin, physMax, Set.of(),
				flags(flags), source);
	}

	/** A strictly positive quantity (time constants, lengths, durations). */
	private static Parameter pos(String key, String meaning, String unit, String def, double physMin, double physMax,
			String source, Flag... flags) {
		return q(key, meaning, unit, def, 0, true, INF, physMin, physMax, source, flags);
	}

	/** A quantity ≥ 0 (densities, concentrations, rates). */
	private static Parameter nonneg(String key, String meaning, String unit, String def, double physMin,
			double physMax, String source, Flag... flags) {
		return q(key, meaning, unit, def, 0, false, INF, physMin, physMax, source, flags);
	}

	/** A probability or fraction in [0, 1]. */
	private static Parameter prob(String key, String meaning, String def, String source, Flag... flags) {
		return q(key, meaning, "", def, 0, false, 1, 0, 1, source, flags);
	}

	/** A potential (any sign). */
	private static Parameter volt(String key, String meaning, String def, double physMin, double physMax,
			String source) {
		return q(key, meaning, "mV", def, Double.NEGATIVE_INFINITY, false, INF, physMin, physMax, source);
	}

	private static Parameter count(String key, String meaning, String def, double min, double physMax,
			String source, Flag... flags) {
		return new Parameter(key, meaning, ValueKind.COUNT, "", def, min, false, INF, min, physMax, Set.of(),
				flags(flags), source);
	}

	private static Parameter ref(String key, String meaning, String elementKind) {
		return new Parameter(key, meaning, ValueKind.REFERENCE, elementKind, "", Double.NEGATIVE_INFINITY, false, INF,
				Double.NEGATIVE_INFINITY, INF, Set.of(), Set.of(REQUIRED), "");
	}

	private static Parameter symbol(String key, String meaning, String def, Set<String> symbols, Flag... flags) {
		return new Parameter(key, meaning, ValueKind.SYMBOL, "", def, Double.NEGATIVE_INFINITY, false, INF,
				Double.NEGATIVE_INFINITY, INF, symbols, flags(flags), "");
	}

	/** A string that must be one of {@code values}, listed in the documentation; the first is the default. */
	private static Parameter choice(String key, String meaning, List<String> values) {
		return new Parameter(key, meaning, ValueKind.STRING, "", "", Double.NEGATIVE_INFINITY, false, INF,
				Double.NEGATIVE_INFINITY, INF, Set.copyOf(values), Set.of(), CELLS);
	}

	private static Parameter string(String key, String meaning, Flag... flags) {
		return new Parameter(key, meaning, ValueKind.STRING, "", "", Double.NEGATIVE_INFINITY, false, INF,
				Double.NEGATIVE_INFINITY, INF, Set.of(), flags(flags), "");
	}

	private static Parameter bool(String key, String meaning, String def) {
		return new Parameter(key, meaning, ValueKind.BOOLEAN, "", def, Double.NEGATIVE_INFINITY, false, INF,
				Double.NEGATIVE_INFINITY, INF, Set.of(), Set.of(), "");
	}

	private static Set<Flag> flags(Flag... flags) {
		return flags.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(flags));
	}

	private static BlockSpec.Builder block(String name, String meaning) {
		return new BlockSpec.Builder(name, meaning);
	}

	// ---- synapse model (model.md §3.1-3.2) -------------------------------------------------

	private static BlockSpec synapse() {
		return block("synapse", "The calcium-based plasticity synapse model (GluSynapse): constants and fitted parameters")
				.add(pos("tau_r_AMPA", "AMPA rise time constant τr", "ms", "0.2 ms", 0.05, 2, CHINDEMI))
				.add(pos("tau_d_AMPA", "AMPA decay time constant τd (the connection may draw it per synapse)", "ms",
						"1.7 ms", 0.5, 10, CHINDEMI))
				.add(volt("E_AMPA", "AMPA reversal potential", "0 mV", -20, 20, CHINDEMI))
				.add(pos("tau_r_NMDA", "NMDA rise time constant τr", "ms", "0.29 ms", 0.1, 10, CHINDEMI))
				.add(pos("tau_d_NMDA", "NMDA decay time constant τd", "ms", "70 ms", 20, 300, CHINDEMI))
				.add(volt("E_NMDA", "NMDA reversal potential", "-3 mV", -20, 20, CHINDEMI))
				.add(nonneg("gca_bar", "Spine VDCC (R-type) conductance density", "nS/um2", "0.0744 nS/um2", 0, 1,
						CHINDEMI))
				.add(prob("gamma_ca", "Free fraction γ of spine calcium influx", "0.04", CHINDEMI))
				.add(pos("tau_ca", "Spine calcium decay time constant τ_ca", "ms", "12 ms", 1, 100, CHINDEMI))
				.add(nonneg("ca_rest", "Resting spine calcium concentration Ca_rest", "mM", "70 nM", 1e-5, 2e-4,
						CHINDEMI))
				.add(prob("rho_star", "Unstable fixed point ρ* of the Graupner–Brunel efficacy", "0.5", CHINDEMI))
				.add(pos("tau_ind", "Time constant τ_ind of the efficacy ρ (induction)", "s", "70 s", 1, 1000, CHINDEMI))
				.add(pos("tau_exp", "Time constant τ_exp of expression (U_SE, gmax_AMPA follow ρ)", "s", "100 s", 1,
						1000, CHINDEMI))
				.add(q("temperature", "Temperature the model was fitted at (celsius)", "degC", "34 degC", -273.15, false,
						INF, 20, 40, CHINDEMI))
				.add(pos("tau_effca", "Time constant τ* of the effective calcium c*", "ms", "278.3177658387 ms", 10,
						2000, FITTED))
				.add(nonneg("gamma_d", "Depression rate γd (0 emulates MK-801)", "", "101.5387594661", 0, 1000, FITTED))
				.add(nonneg("gamma_p", "Potentiation rate γp", "", "216.1841700668", 0, 1000, FITTED))
				.block(thresholds("basal", "1.0018099627", "1.9535568661", "1.1593870631", "2.4827933785"))
				.block(thresholds("apical", "1.1267343377", "2.4559713296", "5.2356637311", "1.7822214534"))
				.build();
	}

	private static BlockSpec thresholds(String region, String dPre, String dPost, String pPre, String pPost) {
		String where = "synapses on " + region + " dendrites";
		return block(region, "Threshold coefficients θd = a_d_pre·c_pre + a_d_post·c_post, θp = a_p_pre·c_pre + "
				+ "a_p_post·c_post for " + where)
				.add(nonneg("a_d_pre", "Depression threshold coefficient of c_pre, " + where, "", dPre, 0, 10, FITTED))
				.add(nonneg("a_d_post", "Depression threshold coefficient of c_post, " + where, "", dPost, 0, 10,
						FITTED))
				.add(nonneg("a_p_pre", "Potentiation threshold coefficient of c_pre, " + where, "", pPre, 0, 10,
						FITTED))
				.add(nonneg("a_p_post", "Potentiation threshold coefficient of c_post, " + where, "", pPost, 0, 10,
						FITTED))
				.build();
	}

	// ---- morphology ----------------------------------------------------------------------

	private static BlockSpec morphology() {
		return block("morphology", "A neuron morphology: a reconstruction file, or a parametric description from "
				+ "morphometrics (cylinders: a soma, an initial axon, symmetric basal trees, an apical trunk with "
				+ "obliques and a tuft; the engine's ParametricMorphology, cells.md §5)")
				.add(string("file", "SWC (.swc) or Neurolucida (.asc) reconstruction, relative to this file"))
				.add(bool("replace_axon", "Replace the axon (reconstructed or parametric) by the stub of axon_stub "
						+ "(cells.md §1.3)", "true"))
				.add(choice("axon_stub", "Axon replacement rule of the e-model's generation (cells.md §1.3), default "
						+ "\"bbp2017\": 2 × 30 µm of the first ten 6 µm segment diameters, then a 1000 µm myelin "
						+ "section; \"bbp2015\": 2 × 30 µm of the first section's diameter and of the first one beyond "
						+ "60 µm; \"hay2011\": 2 × 30 µm of 1 µm", AXON_STUBS))
				.add(q("d_lambda", "Compartments per section from the d_lambda rule (fraction of the AC length "
						+ "constant at 100 Hz)", "", "", 0, true, 1, 0.01, 0.3, CELLS))
				.add(pos("compartment_length", "Compartments per section: nseg = 1 + 2·int(L / length)", "um",
						"40 um", 1, 200, CELLS))
				.block(block("soma", "The soma, a cylinder (length = diameter: the area of the sphere of that "
						+ "diameter)")
						.add(pos("length", "Soma length", "um", "20 um", 5, 60, CELLS))
						.add(pos("diameter", "Soma diameter (a contour's xy-area-equivalent diameter)", "um", "20 um",
								5, 60, CELLS)).build())
				.block(block("axon", "The initial axon, cylinders cut every 6 µm, before the axon replacement")
						.add(pos("length", "Length of the initial axon (the stub rules sample its first 60 µm)", "um",
								"120 um", 10, 1000, CELLS))
						.add(pos("diameter", "Axon diameter, or a list of diameters at the path distances diameter_at "
								+ "(linear in between, constant beyond)", "um", "1 um", 0.2, 5, CELLS, LIST))
						.add(nonneg("diameter_at", "Path distances from the soma of the listed diameters (from 0, "
								+ "non-decreasing; a repeated distance is a step)", "um", "", 0, 1000, CELLS, LIST))
						.build())
				.block(basal())
				.block(apical())
				.build();
	}

	/** Keys shared by the basal trees and the apical tuft. */
	private static BlockSpec.Builder branching(String name, String meaning, Parameter diameter) {
		return block(name, meaning)
				.add(pos("length", "Path length from the soma centre to the farthest tip (to every tip without "
						+ "total_length)", "um", "", 10, 1500, CELLS))
				.add(diameter)
				.add(pos("tip_diameter", "Diameter of the last level of branches (geometric taper by level); "
						+ "alternative to mean_diameter", "um", "", 0.1, 5, CELLS))
				.add(pos("mean_diameter", "Length-weighted mean diameter the tip diameter is solved for; "
						+ "alternative to tip_diameter", "um", "", 0.1, 5, CELLS));
	}

	private static BlockSpec basal() {
		return branching("basal", "Basal dendrites: identical symmetric binary trees of cylinders, equal within a "
				+ "level", pos("diameter", "Diameter at the stems", "um", "", 0.2, 10, CELLS))
				.add(count("trees", "Number of trees (stems) leaving the soma", "1", 1, 20, CELLS))
				.add(count("branch_order", "Bifurcation levels per tree (2^order tips each); alternative to tips",
						"0", 0, 8, CELLS))
				.add(count("tips", "Terminal branches of all trees (levels: round(log2(tips / trees))); "
						+ "alternative to branch_order", "", 1, 500, CELLS))
				.add(pos("total_length", "Summed length of all trees; levels then lengthen geometrically where "
						+ "equal levels would pass length", "um", "", 100, 20000, CELLS))
				.build();
	}

	private static BlockSpec apical() {
		return branching("apical", "Apical dendrite: a trunk to the main bifurcation, oblique branches off the "
				+ "trunk, and a tuft of two symmetric trees; oblique and tuft tips share tip_diameter or "
				+ "mean_diameter (default: the basal tip diameter)",
				pos("diameter", "Trunk diameter, or a list of diameters at the path distances diameter_at", "um",
						"", 0.2, 10, CELLS, LIST))
				.add(new Parameter("trees", "Number of apical trunks (one)", ValueKind.COUNT, "", "1", 1, false, 1,
						1, 1, Set.of(), Set.of(), CELLS))
				.add(pos("trunk_length", "Path length of the trunk from the soma centre to the main bifurcation",
						"um", "", 1, 1200, CELLS))
				.add(nonneg("diameter_at", "Path distances of a trunk diameter profile: diameter is then a list, "
						+ "linear in between, constant beyond (from 0, non-decreasing; a repeated distance is a "
						+ "step)", "um", "", 0, 1200, CELLS, LIST))
				.add(count("branch_order", "Bifurcation levels of the tuft, the main bifurcation included "
						+ "(2^order tips); alternative to tips", "1", 1, 8, CELLS))
				.add(count("tips", "Terminal branches of the tuft (levels: 1 + round(log2(tips / 2))); "
						+ "alternative to branch_order", "", 2, 200, CELLS))
				.add(pos("tuft_length", "Summed length of the tuft (default: equal levels reaching length)", "um",
						"", 10, 10000, CELLS))
				.add(pos("tuft_diameter", "Diameter of the tuft's first branches (default: Rall's 3/2 power rule, "
						+ "trunk diameter / 2^(2/3))", "um", "", 0.1, 10, CELLS))
				.add(count("obliques", "Side branches off the trunk before the main bifurcation", "0", 0, 30, CELLS))
				.add(pos("oblique_at", "Path distances of the obliques' branch points, one per oblique, increasing "
						+ "(default: evenly spaced along the trunk)", "um", "", 1, 1200, CELLS, LIST))
				.add(pos("oblique_length", "Summed length of all obliques (equal shares), or a list of one length "
						+ "per oblique", "um", "", 10, 10000, CELLS, LIST))
				.add(count("oblique_tips", "Terminal branches of all obliques (equal shares; default one per "
						+ "oblique), or a list of one count per oblique", "", 1, 300, CELLS, LIST))
				.build();
	}

	// ---- membrane ------------------------------------------------------------------------

	private static BlockSpec membrane() {
		BlockSpec.Builder m = block("membrane", "Membrane properties and ion channels per region")
				.add(q("temperature", "Simulation temperature (celsius)", "degC", "34 degC", -273.15, false, INF, 20,
						40, CELLS))
				.add(choice("distance_origin", "Origin of the path distance d of distance-dependent densities, "
						+ "Lmax and synapse placement (cells.md §1.2), the convention of the e-model's generation; "
						+ "default \"soma_center\": soma(0.5), BluePyOpt/EModelRunner (BBP 2017+ pyr.json models); "
						+ "\"soma_start\": soma(0), NEURON's distance() after access soma (Hay 2011, BBP 2015 "
						+ "templates)", DISTANCE_ORIGINS));
		for (String region : List.of("all", "soma", "axon", "myelin", "basal", "apical", "dendrites")) {
			m.block(region(region));
		}
		return m.build();
	}

	private static BlockSpec region(String region) {
		BlockSpec.Builder r = block(region, "Membrane of the " + region + " region" + ("all".equals(region)
				? " (every section; other regions override)" : "dendrites".equals(region) ? " (basal and apical)"
						: "myelin".equals(region) ? " (the 1000 µm myelin section of the bbp2017 axon stub, cells.md §1.3;"
								+ " not part of axon)" : ""))
				.add(pos("Ra", "Axial resistivity", "ohm*cm", "100 ohm*cm", 30, 300, CELLS))
				.add(pos("cm", "Specific membrane capacitance", "uF/cm2", "1 uF/cm2", 0.01, 3, CELLS, SPATIAL))
				.add(nonneg("g_pas", "Leak conductance density", "S/cm2", "3e-5 S/cm2", 1e-6, 1e-3, CELLS, SPATIAL))
				.add(volt("e_pas", "Leak reversal potential", "-75 mV", -100, -50, CELLS))
				.add(volt("ena", "Sodium reversal potential", "50 mV", 30, 70, CELLS))
				.add(volt("ek", "Potassium reversal potential", "-85 mV", -110, -70, CELLS));
		for (String ch : CHANNELS) {
			r.add(nonneg(ch, "Density ḡ of " + ch + " (" + channelMeaning(ch) + ")", "S/cm2", "0 S/cm2", 0, 5,
					CHANNELS_MD, SPATIAL));
			r.block(channelBlock(ch));
		}
		for (String pool : CALCIUM_POOLS) {
			r.block(block(pool, "Submembrane calcium pool " + pool)
					.add(prob("gamma", "Free calcium fraction γ", "CaDynamics_E2".equals(pool) ? "0.05" : "0.01",
							CHANNELS_MD))
					.add(pos("decay", "Calcium decay time constant", "ms", "CaDynamics_E2".equals(pool) ? "80 ms"
							: "70 ms", 20, 1000, CHANNELS_MD))
					.add(pos("depth", "Shell depth (CaDynamics_E2 only)", "um", "0.1 um", 0.01, 1, CHANNELS_MD))
					.add(nonneg("minCai", "Resting calcium", "mM", "CaDynamics_E2".equals(pool) ? "1e-4 mM"
							: "6.5e-5 mM", 1e-5, 2e-4, CHANNELS_MD))
					.build());
		}
		return r.build();
	}

	private static BlockSpec channelBlock(String ch) {
		BlockSpec.Builder b = block(ch, "Channel " + ch + " (" + channelMeaning(ch) + ") with its parameters")
				.add(nonneg("gbar", "Density ḡ of " + ch, "S/cm2", "0 S/cm2", 0, 5, CHANNELS_MD, SPATIAL));
		switch (ch) {
		case "NaTg" -> b.add(volt("vshiftm", "Shift of the activation half-point V0", "0 mV", -20, 20, CHANNELS_MD))
				.add(volt("vshifth", "Shift of the inactivation half-point W0", "0 mV", -20, 20, CHANNELS_MD))
				.add(pos("slopem", "Activation slope k", "mV", "6 mV", 1, 15, CHANNELS_MD))
				.add(pos("slopeh", "Inactivation slope kh", "mV", "6 mV", 1, 15, CHANNELS_MD));
		case "Ih" -> b.add(volt("ehcn", "HCN reversal potential", "-45 mV", -60, -20, CHANNELS_MD));
		case "SK_E2" -> b.add(pos("zTau", "Activation time constant", "ms", "1 ms", 0.1, 10, CHANNELS_MD));
		default -> {
			// density only
		}
		}
		return b.build();
	}

	private static String channelMeaning(String ch) {
		return switch (ch) {
		case "NaTa_t" -> "transient Na";
		case "NaTs2_t" -> "transient Na, shifted 6 mV";
		case "NaTg" -> "generalised transient Na";
		case "Nap_Et2" -> "persistent Na";
		case "K_Pst" -> "persistent K";
		case "K_Tst" -> "transient K";
		case "SKv3_1" -> "Kv3.1";
		case "SK_E2" -> "small-conductance Ca-activated K";
		case "Ca_HVA" -> "high-voltage-activated Ca";
		case "Ca_HVA2" -> "HVA Ca, LJP-corrected inactivation";
		case "Ca_LVAst" -> "low-voltage-activated T-type Ca";
		case "Ih" -> "HCN, nonspecific";
		case "Im" -> "M-current";
		case "KdShu2007" -> "D-type K";
		default -> throw new IllegalArgumentException(ch);
		};
	}

	// ---- cell type ----------------------------------------------------------------------

	private static BlockSpec cell() {
		return block("cell", "A cell type: morphology + membrane + spike detection")
				.add(ref("morphology", "The cell's morphology", "morphology"))
				.add(ref("membrane", "The cell's membrane properties and channels", "membrane"))
				.add(volt("spike_threshold", "Somatic voltage whose upward crossing counts as a spike", "-30 mV", -60,
						0, "model.md §5"))
				.add(volt("v_init", "Initial membrane potential", "-65 mV", -100, -50, CELLS))
				.build();
	}

	// ---- connection (model.md §3.3-3.4) --------------------------------------------------

	private static BlockSpec connection() {
		return block("connection", "A pre -> post pathway: synapse model, synapse count, placement, physiology")
				.add(ref("synapse", "The synapse model (parameter set) of every synapse", "synapse"))
				.add(count("synapses", "Synapses per connected pair (a count or a distribution)", "", 1, 50, RECIPE,
						DISTRIBUTION, REQUIRED))
				.block(block("placement", "Where the synapses sit on the postsynaptic cell")
						.add(symbol("dendrite", "Dendrites that receive synapses", "dendrites",
								Set.of("basal", "apical", "dendrites"), LIST))
						.add(new Parameter("distance", "Path distance range from the soma", ValueKind.RANGE, "um",
								"0 um .. 10000 um", 0, false, INF, 0, 2000, Set.of(), Set.of(), RECIPE))
						.build())
				.add(prob("U", "Release probability U_SE at [Ca2+]o = 2 mM (beta across synapses)", "", RECIPE,
						DISTRIBUTION, REQUIRED))
				.add(pos("D", "Depression (recovery) time constant (gamma across synapses)", "ms", "", 10, 2000,
						RECIPE, DISTRIBUTION, REQUIRED))
				.add(nonneg("F", "Facilitation time constant (gamma across synapses)", "ms", "", 0, 2000, RECIPE,
						DISTRIBUTION, REQUIRED))
				.add(q("Nrrp", "Mean number of release sites (1 + Poisson(mean - 1) across synapses)", "", "", 1,
						false, INF, 1, 20, RECIPE, DISTRIBUTION, REQUIRED))
				.add(pos("gsyn", "Peak AMPA conductance gsyn (gamma across synapses)", "nS", "", 0.05, 10, RECIPE,
						DISTRIBUTION, REQUIRED))
				.add(nonneg("nmda_ampa_ratio", "NMDA/AMPA conductance ratio (gmax_NMDA = ratio · gsyn)", "", "", 0,
						3, RECIPE, REQUIRED))
				.add(pos("spine_volume", "Spine head volume (gamma across synapses)", "um3", "", 0.001, 1, RECIPE,
						DISTRIBUTION, REQUIRED))
				.add(pos("tau_d_AMPA", "AMPA decay time constant per synapse", "ms", "1.74 ms ± 0.18 ms", 0.5, 10,
						CHINDEMI, DISTRIBUTION))
				.add(pos("hill_K", "Hill constant K of the release-probability scaling with [Ca2+]o", "mM",
						"2.79 mM", 0.5, 10, "model.md §4"))
				.build();
	}

	/** Per-synapse parameters of a connection that may be correlated with {@code corr(a, b) = r}. */
	public static final Set<String> CORRELATED = Set.of("U", "D", "F", "Nrrp", "gsyn", "spine_volume");

	// ---- protocol ------------------------------------------------------------------------

	private static BlockSpec protocol() {
		return block("protocol", "An induction protocol: conditions, test pulses, pairing, read-out")
				.block(conditions())
				.block(testPulses("baseline", "Baseline test pulses before induction"))
				.block(induction())
				.block(testPulses("after", "Test pulses after induction"))
				.block(readout())
				.add(bool("fast_forward", "Snap ρ to 0 or 1 at the end of induction instead of simulating the "
						+ "τ_exp expression phase (model.md §5)", "true"))
				.build();
	}

	private static BlockSpec conditions() {
		return block("conditions", "Recording conditions")
				.add(nonneg("ca_o", "Extracellular calcium [Ca2+]o", "mM", "2.0 mM", 1.0, 3.0, "model.md §4"))
				.add(nonneg("mg_o", "Extracellular magnesium [Mg2+]o", "mM", "1.0 mM", 0.5, 2.0, "model.md §2.1"))
				.add(q("temperature", "Temperature (celsius)", "degC", "34 degC", -273.15, false, INF, 20, 40,
						"model.md §1"))
				.add(symbol("blockers", "Pharmacology: MK801 (presynaptic NMDAR block, γd = 0), NMDA (no NMDA "
						+ "current), VDCC (no spine VDCC), AMPA (no AMPA current)", "[]",
						Set.of("MK801", "NMDA", "VDCC", "AMPA"), LIST))
				.build();
	}

	private static BlockSpec testPulses(String name, String meaning) {
		return block(name, meaning + " (single presynaptic spikes)")
				.add(pos("period", "Interval between test pulses", "ms", "10 s", 1000, 60000, "model.md §5"))
				.add(count("pulses", "Number of test pulses", "60", 1, 1000, "model.md §5"))
				.add(pos("duration", "Duration of the test-pulse phase (alternative to pulses)", "ms", "", 10000,
						3600000, "model.md §5"))
				.build();
	}

	private static BlockSpec induction() {
		Parameter postCurrent = new Parameter("post_current",
				"Amplitude of the somatic current pulses that evoke the postsynaptic spikes, or calibrated (the "
						+ "smallest amplitude that gives exactly one spike per pulse)",
				ValueKind.QUANTITY, "nA", "calibrated", Double.NEGATIVE_INFINITY, false, INF, 0.05, 5,
				Set.of("calibrated"), Set.of(), "model.md §5");
		return block("induction", "Pairing: bursts of pre and post spikes, repeated in sweeps")
				.add(count("pre_spikes", "Presynaptic spikes per burst", "1", 0, 20, "experiments.tsv"))
				.add(count("post_spikes", "Postsynaptic spikes per burst", "1", 0, 20, "experiments.tsv"))
				.add(pos("frequency", "Spike frequency within a burst", "Hz", "", 0.01, 200, "experiments.tsv",
						REQUIRED))
				.add(q("dt", "Spike timing Δt = t_post − t_pre (positive: pre before post)", "ms", "",
						Double.NEGATIVE_INFINITY, false, INF, -100, 100, "model.md §5", REQUIRED))
				.add(count("sweeps", "Number of pairing sweeps", "", 1, 200, "experiments.tsv", REQUIRED))
				.add(pos("sweep_period", "Interval between the starts of two sweeps", "ms", "", 100, 60000,
						"experiments.tsv", REQUIRED))
				.add(postCurrent)
				.add(pos("post_pulse_width", "Width of each somatic current pulse", "ms", "3 ms", 0.5, 10,
						"model.md §5"))
				.build();
	}

	private static BlockSpec readout() {
		return block("readout", "How the change in the EPSP is measured")
				.add(symbol("measure", "EPSP amplitude or EPSP slope (30 %–75 % of the rising phase)", "amplitude",
						Set.of("amplitude", "slope")))
				.add(count("last", "Number of last EPSPs before and after induction that are averaged", "60", 1, 500,
						"model.md §5"))
				.add(pos("window", "Window after each test spike in which the EPSP peak is searched", "ms", "100 ms",
						10, 500, "model.md §5"))
				.build();
	}

	// ---- experiment and sweep -------------------------------------------------------------

	private static BlockSpec experiment() {
		return block("experiment", "A connection under a protocol, with the in vitro result it should reproduce")
				.add(ref("connection", "The connection (pathway) studied", "connection"))
				.add(ref("protocol", "The induction protocol", "protocol"))
				.add(count("pairs", "Number of simulated pre/post pairs", "100", 1, 10000, "model.md §5"))
				.add(count("seed", "Seed of the experiment's random streams", "1", 0, INF, ""))
				.add(symbol("role", "Whether the paper used the protocol for fitting (training) or not (held_out)",
						"held_out", Set.of("training", "held_out")))
				.block(block("in_vitro", "The published in vitro result (EPSP ratio after/before)")
						.add(nonneg("mean", "Mean EPSP ratio", "", "", 0.2, 3, "experiments.tsv"))
						.add(nonneg("sem", "Standard error of the mean", "", "", 0, 1, "experiments.tsv"))
						.add(count("n", "Number of recorded pairs", "", 1, 1000, "experiments.tsv"))
						.add(string("citation", "The study"))
						.build())
				.add(nonneg("paper_in_silico", "Mean EPSP ratio the paper's simulations gave", "", "", 0.2, 3,
						"experiments.tsv"))
				.add(symbol("test", "Statistical test of in silico vs in vitro", "welch", Set.of("welch", "student")))
				.add(q("alpha", "Significance level of the test", "", "0.05", 0, true, 1, 0.001, 0.1, "model.md §5"))
				.build();
	}

	private static BlockSpec sweep() {
		BlockSpec p = protocol();
		return block("sweep", "A grid of experiments: every list or range below is one axis")
				.add(ref("experiment", "The experiment whose protocol is varied", "experiment"))
				.add(count("pairs", "Simulated pairs per grid point (default: the experiment's)", "", 1, 10000,
						"model.md §5"))
				.add(count("seed", "Seed (default: the experiment's)", "", 0, INF, ""))
				.addAll(new BlockSpec("", "", Map.of(), p.blocks()))
				.build();
	}
}
