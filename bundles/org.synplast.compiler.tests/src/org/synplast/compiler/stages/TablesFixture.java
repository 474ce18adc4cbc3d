package org.synplast.compiler.stages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synplast.compiler.canonical.Canonical;
import org.synplast.compiler.canonical.CanonicalModel;
import org.synplast.compiler.canonical.ElementTable;
import org.synplast.compiler.canonical.SourceLocation;

/** Builds canonical element tables by hand, so stages can be tested without parsing. */
final class TablesFixture {

    private final Map<String, ElementTable> elements = new LinkedHashMap<>();

    TablesFixture add(String kind, String name, Object... pathsAndValues) {
        Map<String, Canonical> values = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            Object v = pathsAndValues[i + 1];
            values.put((String) pathsAndValues[i], v instanceof Number n ? new Canonical.Num(n.doubleValue())
                    : (Canonical) v);
        }
        elements.put(name, new ElementTable(kind, name, new SourceLocation("test.synplast", 1, 1), values, Map.of()));
        return this;
    }

    CanonicalModel model(String... targets) {
        return new CanonicalModel(elements, List.of(targets));
    }

    ElementTable table(String name) {
        return elements.get(name);
    }
}
