package org.synplast.compiler.stages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.measure.Unit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.synplast.compiler.Diagnostics;
import org.synplast.compiler.LoweringStage;
import org.synplast.compiler.canonical.Canonical;
import org.synplast.compiler.canonical.CanonicalModel;
import org.synplast.compiler.canonical.ElementTable;
import org.synplast.compiler.canonical.SourceLocation;
import org.synplast.dsl.catalogue.BlockSpec;
import org.synplast.dsl.catalogue.Parameter;
import org.synplast.dsl.catalogue.ParameterCatalogue;
import org.synplast.dsl.catalogue.ValueKind;
import org.synplast.dsl.model.Settings;
import org.synplast.dsl.model.Values;
import org.synplast.dsl.synPlast.BoolValue;
import org.synplast.dsl.synPlast.Connection;
import org.synplast.dsl.synPlast.Distribution;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Expr;
import org.synplast.dsl.synPlast.ListValue;
import org.synplast.dsl.synPlast.MeanSd;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.synPlast.Range;
import org.synplast.dsl.synPlast.RefValue;
import org.synplast.dsl.synPlast.Setting;
import org.synplast.dsl.synPlast.StringValue;
import org.synplast.dsl.synPlast.SymbolValue;
import org.synplast.dsl.synPlast.Value;
import org.synplast.dsl.units.ExpressionUnits;
import org.synplast.dsl.units.UnitParser;

/**
 * Stage 2, defaults and units: turns every element the targets need into an {@link ElementTable}
 * of effective settings ({@code extends} applied, catalogue defaults filled in) converted to the
 * catalogue's canonical units. After this stage nothing refers to EMF.
 */
public final class CanonicalStage implements LoweringStage<ResolveStage.Resolved, CanonicalModel> {

    /** Kinds whose catalogue defaults are filled in, and how deep. */
    private static final Set<String> DEFAULTED_KINDS = Set.of("synapse", "cell", "connection", "protocol", "experiment");

    @Override
    public CanonicalModel apply(ResolveStage.Resolved resolved, Diagnostics diagnostics) {
        Map<String, ElementTable> tables = new LinkedHashMap<>();
        for (Element e : resolved.elements()) {
            ElementTable t = table(e, diagnostics);
            tables.put(t.qualifiedName(), t);
        }
        List<String> targets = new ArrayList<>();
        resolved.targets().forEach(e -> targets.add(qualifiedName(e)));
        return new CanonicalModel(tables, targets);
    }

    /**
     * @param e an element
     * @return its qualified name: the file's package, if any, and the element's name
     */
    static String qualifiedName(Element e) {
        Model m = (Model) EcoreUtil.getRootContainer(e);
        return m.getName() == null || m.getName().isEmpty() ? e.getName() : m.getName() + "." + e.getName();
    }

    private static ElementTable table(Element e, Diagnostics diagnostics) {
        String kind = Settings.kindOf(e);
        Map<String, Canonical> values = new LinkedHashMap<>();
        Map<String, SourceLocation> locations = new LinkedHashMap<>();
        if (e instanceof Connection c) {
            values.put("pre", new Canonical.Ref(c.getPre() == null ? "" : qualifiedName(c.getPre())));
            values.put("post", new Canonical.Ref(c.getPost() == null ? "" : qualifiedName(c.getPost())));
        }
        Settings.effective(e).forEach((path, setting) -> {
            String key = String.join(".", path);
            Optional<Parameter> p = Values.parameterAt(e, path);
            if (p.isEmpty()) {
                return; // unknown keys are the validator's to report
            }
            try {
                values.put(key, convert(setting.getValue(), p.get()));
                locations.put(key, Locations.of(setting));
            } catch (IllegalArgumentException ex) {
                diagnostics.error(Locations.of(setting), "'" + key + "': " + ex.getMessage()
                        + "; write it with a unit of " + p.get().canonicalUnit());
            }
        });
        if (DEFAULTED_KINDS.contains(kind)) {
            ParameterCatalogue.root(kind).ifPresent(root -> addDefaults(root, "", values));
        } else if ("morphology".equals(kind)) {
            ParameterCatalogue.root(kind).ifPresent(root -> {
                addDefaults(root, "", values);
                root.block("soma").ifPresent(b -> addDefaults(b, "soma.", values));
                root.block("axon").ifPresent(b -> addDefaults(b, "axon.", values));
            });
        }
        return new ElementTable(kind, qualifiedName(e), Locations.of(e), values, locations);
    }

    /** Adds the catalogue defaults of a block (and of its nested blocks) that are not set. */
    private static void addDefaults(BlockSpec block, String prefix, Map<String, Canonical> values) {
        for (Parameter p : block.parameters().values()) {
            String key = prefix + p.key();
            if (!values.containsKey(key)) {
                defaultOf(p).ifPresent(v -> values.put(key, v));
            }
        }
        if (!prefix.isEmpty() || block.name().equals("morphology")) {
            return; // nested blocks of morphologies are explicit; elsewhere recurse
        }
        block.blocks().forEach((name, nested) -> addDefaults(nested, name + ".", values));
    }

    private static Optional<Canonical> defaultOf(Parameter p) {
        String text = p.defaultText().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        switch (p.kind()) {
        case BOOLEAN:
            return Optional.of(new Canonical.Flag(Boolean.parseBoolean(text)));
        case SYMBOL:
            if (text.equals("[]")) {
                return Optional.of(new Canonical.Listing(List.of()));
            }
            return Optional.of(new Canonical.Sym(text));
        case RANGE: {
            String[] parts = text.split("\\.\\.");
            return Optional.of(new Canonical.Span(number(parts[0], p), number(parts[1], p), Double.NaN));
        }
        default:
            if (p.symbols().contains(text)) {
                return Optional.of(new Canonical.Sym(text));
            }
            if (text.contains("±")) {
                String[] parts = text.split("±");
                return Optional.of(new Canonical.Spread(number(parts[0], p), number(parts[1], p)));
            }
            return Optional.of(new Canonical.Num(number(text, p)));
        }
    }

    private static double number(String text, Parameter p) {
        String t = text.strip();
        int blank = t.indexOf(' ');
        double value = Double.parseDouble(blank < 0 ? t : t.substring(0, blank));
        if (blank < 0 || !p.isDimensional()) {
            return value;
        }
        Unit<?> unit = UnitParser.parse(t.substring(blank + 1))
                .orElseThrow(() -> new IllegalStateException("catalogue default " + text));
        return UnitParser.convert(value, unit, Values.canonicalUnit(p));
    }

    /**
     * @param v a value as written
     * @param p its catalogue entry
     * @return the value in canonical units
     * @throws IllegalArgumentException if a unit is unknown or of the wrong dimension
     */
    static Canonical convert(Value v, Parameter p) {
        if (v instanceof MeanSd m) {
            return new Canonical.Spread(scalar(m.getMean(), p), scalar(m.getSd(), p));
        }
        if (v instanceof Range r) {
            return new Canonical.Span(scalar(r.getFrom(), p), scalar(r.getTo(), p),
                    r.getStep() == null ? Double.NaN : scalar(r.getStep(), p));
        }
        if (v instanceof Distribution d) {
            List<Canonical> args = new ArrayList<>();
            d.getArgs().forEach(a -> args.add(convert(a, p)));
            return new Canonical.Dist(d.getFamily().getLiteral(), args);
        }
        if (v instanceof ListValue l) {
            List<Canonical> values = new ArrayList<>();
            l.getValues().forEach(x -> values.add(convert(x, p)));
            return new Canonical.Listing(values);
        }
        if (v instanceof StringValue s) {
            return new Canonical.Text(s.getValue());
        }
        if (v instanceof RefValue r) {
            return new Canonical.Ref(r.getRef() == null || r.getRef().eIsProxy() ? "" : qualifiedName(r.getRef()));
        }
        if (v instanceof SymbolValue s) {
            return new Canonical.Sym(s.getSymbol().getLiteral());
        }
        if (v instanceof BoolValue b) {
            return new Canonical.Flag(b.isValue());
        }
        if (v instanceof Expr e) {
            if (ExpressionUnits.usesDistance(e)) {
                return new Canonical.OfDistance(distanceFunction(e, p));
            }
            return new Canonical.Num(scalar(e, p));
        }
        throw new IllegalArgumentException("unsupported value " + v.eClass().getName());
    }

    private static double scalar(Value v, Parameter p) {
        if (!(v instanceof Expr e)) {
            throw new IllegalArgumentException("expected a number");
        }
        if (p.kind() == ValueKind.COUNT && !ExpressionUnits.hasUnit(e)) {
            return ExpressionUnits.evaluateSI(e, 0, 0);
        }
        return ExpressionUnits.evaluate(e, target(p), 0, 0);
    }

    private static Unit<?> target(Parameter p) {
        return p.isDimensional() ? Values.canonicalUnit(p) : UnitParser.ONE;
    }

    /**
     * A distance-dependent expression as a function: its unit is checked once, then each call
     * evaluates in SI and scales linearly to the canonical unit (distance-dependent settings are
     * densities and capacitances, whose units have no offset).
     */
    private static Canonical.DistanceFunction distanceFunction(Expr e, Parameter p) {
        Unit<?> unit = ExpressionUnits.unitOf(e, new ArrayList<>())
                .orElseThrow(() -> new IllegalArgumentException("the expression has no consistent unit"));
        Unit<?> target = target(p);
        if (!unit.isCompatible(target)) {
            throw new IllegalArgumentException("the expression's unit " + unit + " is not compatible");
        }
        double scale = UnitParser.convert(1, UnitParser.systemUnit(unit), target);
        return (dUm, lmaxUm) -> scale * ExpressionUnits.evaluateSI(e, dUm * 1e-6, lmaxUm * 1e-6);
    }

}
