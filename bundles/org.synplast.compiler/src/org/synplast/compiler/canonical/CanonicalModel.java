package org.synplast.compiler.canonical;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every element the compiled experiments and sweeps need, as {@link ElementTable}s by qualified
 * name, and which of them are the compilation's targets.
 *
 * @param elements the tables by qualified name
 * @param targets  qualified names of the experiments and sweeps to compile, in file order
 */
public record CanonicalModel(Map<String, ElementTable> elements, List<String> targets) {

    /** Copies. */
    public CanonicalModel {
        elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        targets = List.copyOf(targets);
    }

    /**
     * @param qualifiedName a qualified name
     * @return the element's table, if it is part of the model
     */
    public Optional<ElementTable> element(String qualifiedName) {
        return Optional.ofNullable(elements.get(qualifiedName));
    }
}
