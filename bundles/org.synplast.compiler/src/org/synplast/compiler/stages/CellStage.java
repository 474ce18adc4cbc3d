package org.synplast.compiler.stages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import org.synplast.compiler.Diagnostics;
import org.synplast.compiler.LoweringStage;
import org.synplast.compiler.canonical.Canonical;
import org.synplast.compiler.canonical.CanonicalModel;
import org.synplast.compiler.canonical.ElementTable;
import org.synplast.dsl.catalogue.ParameterCatalogue;
import org.synplast.engine.EngineException;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.channel.CaDynamicsDc0;
import org.synplast.engine.channel.ChannelLibrary;
import org.synplast.engine.mechanism.MechanismKind;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.AscReader;
import org.synplast.engine.morphology.AxonReplacement;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.morphology.SwcReader;

/**
 * Stage 3, cell models: each cell type's morphology (a reconstruction file or a parametric
 * description, {@link ParametricMorphologies}; either with its axon replaced by the rule of
 * {@code axon_stub} unless {@code replace_axon = false}), discretisation, passive properties and channel insertions per region, with
 * distance-dependent densities evaluated against the cell's own longest apical path, path
 * distances from the membrane's {@code distance_origin}; temperature, v_init and spike threshold.
 */
public final class CellStage implements LoweringStage<CanonicalModel, CellStage.Cells> {

    /** Regions in the order their settings apply: general first, so specific ones override. */
    private static final List<String> REGION_ORDER = List.of("all", "dendrites", "soma", "axon", "myelin", "basal",
            "apical");

    /**
     * @param model the canonical model
     * @param cells cell models by the cell type's qualified name
     */
    public record Cells(CanonicalModel model, Map<String, CellModel> cells) {

        /** Copies. */
        public Cells {
            cells = Map.copyOf(cells);
        }
    }

    @Override
    public Cells apply(CanonicalModel model, Diagnostics diagnostics) {
        Map<String, CellModel> cells = new LinkedHashMap<>();
        for (ElementTable t : model.elements().values()) {
            if (t.kind().equals("cell")) {
                build(t, model, diagnostics).ifPresent(c -> cells.put(t.qualifiedName(), c));
            }
        }
        return new Cells(model, cells);
    }

    private static Optional<CellModel> build(ElementTable cell, CanonicalModel model, Diagnostics diagnostics) {
        Optional<ElementTable> morph = Tables.ref(cell, "morphology", model, diagnostics);
        Optional<ElementTable> membrane = Tables.ref(cell, "membrane", model, diagnostics);
        if (morph.isEmpty() || membrane.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Morphology> m = morphology(morph.get(), diagnostics);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            Map<SectionType, RegionProperties> regions = regions(membrane.get(), diagnostics);
            double celsius = Tables.number(membrane.get(), "temperature").orElse(34.0);
            DistanceOrigin origin = distanceOrigin(membrane.get());
            CellModel bare = new CellModel(m.get(), discretization(morph.get()), regions, List.of(), celsius,
                    Tables.number(cell, "v_init").orElse(-65.0), Tables.number(cell, "spike_threshold").orElse(-30.0),
                    origin);
            double lmax = Cell.maxPathDistance(m.get(), SectionType.APICAL, origin);
            List<Insertion> insertions = insertions(membrane.get(), bare, lmax, diagnostics);
            return Optional.of(bare.withInsertions(insertions));
        } catch (EngineException ex) {
            diagnostics.error(cell.location(), "cell type " + cell.simpleName() + " cannot be built: " + ex.getMessage());
            return Optional.empty();
        }
    }

    /** The membrane's {@code distance_origin} (catalogue {@link ParameterCatalogue#DISTANCE_ORIGINS}). */
    private static DistanceOrigin distanceOrigin(ElementTable membrane) {
        String origin = membrane.get("distance_origin").map(v -> ((Canonical.Text) v).value())
                .orElse(ParameterCatalogue.DISTANCE_ORIGINS.get(0));
        // "soma_center" or "soma_start"; validation rejects any other string
        return origin.equals("soma_start") ? DistanceOrigin.SOMA_START : DistanceOrigin.SOMA_CENTER;
    }

    private static Discretization discretization(ElementTable morph) {
        Optional<Double> dLambda = Tables.number(morph, "d_lambda");
        if (dLambda.isPresent()) {
            return new Discretization.DLambda(dLambda.get(), 100);
        }
        return new Discretization.ChunkLength(Tables.number(morph, "compartment_length").orElse(40.0));
    }

    private static Optional<Morphology> morphology(ElementTable morph, Diagnostics diagnostics) {
        Optional<Canonical> file = morph.get("file");
        Morphology m;
        if (file.isEmpty()) {
            m = ParametricMorphologies.build(morph);
        } else {
            String name = ((Canonical.Text) file.get()).value();
            Path base = Path.of(morph.location().file()).toAbsolutePath().getParent();
            Path path = base == null ? Path.of(name) : base.resolve(name).normalize();
            if (!Files.isRegularFile(path)) {
                diagnostics.error(morph.locate("file"), "morphology file " + path + " does not exist; give a path to an "
                        + ".swc or .asc file relative to " + morph.location().file());
                return Optional.empty();
            }
            String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
            m = lower.endsWith(".swc") ? SwcReader.read(path) : AscReader.read(path);
        }
        boolean replace = morph.get("replace_axon").map(v -> ((Canonical.Flag) v).value()).orElse(true);
        return Optional.of(replace ? axonStub(morph).apply(m) : m);
    }

    /** The replacement rule named by {@code axon_stub} (catalogue {@link ParameterCatalogue#AXON_STUBS}). */
    private static AxonReplacement axonStub(ElementTable morph) {
        String rule = morph.get("axon_stub").map(v -> ((Canonical.Text) v).value())
                .orElse(ParameterCatalogue.AXON_STUBS.get(0));
        return switch (rule) {
        case "bbp2015" -> AxonReplacement.BBP_2015;
        case "hay2011" -> AxonReplacement.HAY_2011;
        default -> AxonReplacement.BBP_2017; // "bbp2017"; validation rejects any other string
        };
    }

    private static Map<SectionType, RegionProperties> regions(ElementTable membrane, Diagnostics diagnostics) {
        Map<SectionType, RegionProperties> regions = new EnumMap<>(SectionType.class);
        for (SectionType type : SectionType.values()) {
            double cm = regional(membrane, type, "cm", 1.0, diagnostics);
            double ra = regional(membrane, type, "Ra", 100.0, diagnostics);
            double ena = regional(membrane, type, "ena", 50.0, diagnostics);
            double ek = regional(membrane, type, "ek", -85.0, diagnostics);
            regions.put(type, new RegionProperties(cm, ra, ena, ek));
        }
        return regions;
    }

    /** The most specific constant value of a regional setting for one section type. */
    private static double regional(ElementTable membrane, SectionType type, String key, double fallback,
            Diagnostics diagnostics) {
        double value = fallback;
        for (String region : REGION_ORDER) {
            if (covers(region).contains(type)) {
                Optional<Canonical> v = membrane.get(region + "." + key);
                if (v.isPresent() && v.get() instanceof Canonical.Num n) {
                    value = n.value();
                } else if (v.isPresent()) {
                    diagnostics.error(membrane.locate(region + "." + key), key + " of region " + region
                            + " must be a constant here; give a number with its unit");
                }
            }
        }
        return value;
    }

    private static List<Insertion> insertions(ElementTable membrane, CellModel bare, double lmax,
            Diagnostics diagnostics) {
        List<Insertion> result = new ArrayList<>();
        Cell geometry = Cell.of(bare);
        for (String region : REGION_ORDER) {
            Set<SectionType> covered = covers(region);
            Map<String, Canonical> settings = membrane.below(region);
            if (settings.isEmpty()) {
                continue;
            }
            Map<String, DoubleUnaryOperator> pas = new LinkedHashMap<>();
            settings.forEach((key, value) -> {
                switch (key) {
                case "g_pas" -> pas.put("g", distanceFunction(value, lmax));
                case "e_pas" -> pas.put("e", distanceFunction(value, lmax));
                default -> {
                }
                }
            });
            if (!pas.isEmpty()) {
                result.add(new Insertion(Pas.KIND, covered, pas));
            }
            for (String channel : ParameterCatalogue.CHANNELS) {
                channel(membrane, region, channel, covered, lmax, diagnostics).ifPresent(result::add);
            }
            for (String pool : ParameterCatalogue.CALCIUM_POOLS) {
                Map<String, Canonical> block = membrane.below(region + "." + pool);
                if (block.isEmpty()) {
                    continue;
                }
                MechanismKind kind = pool.equals(CaDynamicsDc0.NAME) ? CaDynamicsDc0.kind(geometry::diameter)
                        : ChannelLibrary.kind(pool).orElseThrow();
                result.add(parameters(kind, covered, block, lmax, membrane, region + "." + pool, diagnostics));
            }
        }
        return result;
    }

    private static Optional<Insertion> channel(ElementTable membrane, String region, String channel,
            Set<SectionType> covered, double lmax, Diagnostics diagnostics) {
        Optional<Canonical> density = membrane.get(region + "." + channel);
        Map<String, Canonical> block = new LinkedHashMap<>(membrane.below(region + "." + channel));
        if (density.isEmpty() && block.isEmpty()) {
            return Optional.empty();
        }
        Optional<MechanismKind> kind = ChannelLibrary.kind(channel);
        if (kind.isEmpty()) {
            diagnostics.error(membrane.locate(region + "." + channel), "channel " + channel
                    + " is not in the engine's channel library; remove it or use one of "
                    + ChannelLibrary.kinds().stream().map(MechanismKind::name).toList());
            return Optional.empty();
        }
        String gbar = kind.get().parameterDefaults().keySet().iterator().next();
        Map<String, Canonical> parameters = new LinkedHashMap<>();
        density.ifPresent(d -> parameters.put(gbar, d));
        block.forEach((k, v) -> parameters.put(k.equals("gbar") ? gbar : k, v));
        return Optional.of(parameters(kind.get(), covered, parameters, lmax, membrane, region + "." + channel,
                diagnostics));
    }

    private static Insertion parameters(MechanismKind kind, Set<SectionType> covered, Map<String, Canonical> values,
            double lmax, ElementTable membrane, String path, Diagnostics diagnostics) {
        Map<String, DoubleUnaryOperator> parameters = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (kind.parameterDefaults().containsKey(name)) {
                parameters.put(name, distanceFunction(value, lmax));
            } else {
                diagnostics.error(membrane.locate(path + "." + name), kind.name() + " has no parameter " + name
                        + " in the engine; remove it or use one of " + kind.parameterDefaults().keySet());
            }
        });
        return new Insertion(kind, covered, parameters);
    }

    private static DoubleUnaryOperator distanceFunction(Canonical value, double lmax) {
        if (value instanceof Canonical.OfDistance f) {
            return d -> f.function().at(d, lmax);
        }
        double constant = ((Canonical.Num) value).value();
        return d -> constant;
    }

    private static Set<SectionType> covers(String region) {
        return switch (region) {
        case "all" -> EnumSet.allOf(SectionType.class);
        case "dendrites" -> EnumSet.of(SectionType.BASAL, SectionType.APICAL);
        case "soma" -> EnumSet.of(SectionType.SOMA);
        case "axon" -> EnumSet.of(SectionType.AXON); // the myelin is in all, not axonal (cells.md §1.1)
        case "myelin" -> EnumSet.of(SectionType.MYELIN);
        case "basal" -> EnumSet.of(SectionType.BASAL);
        case "apical" -> EnumSet.of(SectionType.APICAL);
        default -> throw new IllegalArgumentException(region);
        };
    }
}
