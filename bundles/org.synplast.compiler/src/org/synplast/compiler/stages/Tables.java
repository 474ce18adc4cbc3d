package org.synplast.compiler.stages;

import java.util.Optional;

import org.synplast.compiler.Diagnostics;
import org.synplast.compiler.canonical.Canonical;
import org.synplast.compiler.canonical.CanonicalModel;
import org.synplast.compiler.canonical.ElementTable;

/** Typed reads of element tables shared by the stages. */
final class Tables {

    private Tables() {
    }

    /**
     * @param t    a table
     * @param path a dotted path
     * @return the constant number there (the mean of {@code mean ± sd}), if any
     */
    static Optional<Double> number(ElementTable t, String path) {
        return t.get(path).flatMap(v -> v instanceof Canonical.Num n ? Optional.of(n.value())
                : v instanceof Canonical.Spread s ? Optional.of(s.mean()) : Optional.empty());
    }

    /**
     * @param t    a table
     * @param path a dotted path
     * @return the symbol there, if any
     */
    static Optional<String> symbol(ElementTable t, String path) {
        return t.get(path).flatMap(v -> v instanceof Canonical.Sym s ? Optional.of(s.name()) : Optional.empty());
    }

    /**
     * @param t           a table
     * @param path        a dotted path holding a reference
     * @param model       the model to look the target up in
     * @param diagnostics where a missing reference is reported
     * @return the referenced element's table
     */
    static Optional<ElementTable> ref(ElementTable t, String path, CanonicalModel model, Diagnostics diagnostics) {
        Optional<Canonical> v = t.get(path);
        if (v.isPresent() && v.get() instanceof Canonical.Ref r) {
            Optional<ElementTable> target = model.element(r.qualifiedName());
            if (target.isPresent()) {
                return target;
            }
        }
        diagnostics.error(t.locate(path), t.kind() + " " + t.simpleName() + " needs '" + path
                + " = <name>' naming a defined " + path.replace('.', ' '));
        return Optional.empty();
    }
}
