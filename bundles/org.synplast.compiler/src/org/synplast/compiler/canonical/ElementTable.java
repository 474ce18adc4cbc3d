package org.synplast.compiler.canonical;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The effective settings of one element (after {@code extends} and catalogue defaults), by dotted
 * path such as {@code induction.dt} or {@code apical.CaDynamics_E2.decay}, in canonical units.
 *
 * @param kind          the element kind: synapse, morphology, membrane, cell, connection, protocol,
 *                      experiment, sweep
 * @param qualifiedName the element's qualified name
 * @param location      where the element is defined
 * @param values        the settings by dotted path
 * @param locations     where each explicitly written setting is, by dotted path (defaults have none)
 */
public record ElementTable(String kind, String qualifiedName, SourceLocation location, Map<String, Canonical> values,
        Map<String, SourceLocation> locations) {

    /** Copies. */
    public ElementTable {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        locations = Map.copyOf(locations);
    }

    /** @return the simple name (last segment of the qualified name) */
    public String simpleName() {
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? qualifiedName : qualifiedName.substring(dot + 1);
    }

    /**
     * @param path a dotted path
     * @return the value there, if set or defaulted
     */
    public Optional<Canonical> get(String path) {
        return Optional.ofNullable(values.get(path));
    }

    /**
     * @param path a dotted path
     * @return where it was written, or the element's location for defaults
     */
    public SourceLocation locate(String path) {
        return locations.getOrDefault(path, location);
    }

    /**
     * @param prefix a dotted block path such as {@code apical}
     * @return the settings below that block, keyed by the rest of their path
     */
    public Map<String, Canonical> below(String prefix) {
        Map<String, Canonical> result = new LinkedHashMap<>();
        String p = prefix + ".";
        values.forEach((k, v) -> {
            if (k.startsWith(p)) {
                result.put(k.substring(p.length()), v);
            }
        });
        return result;
    }
}
