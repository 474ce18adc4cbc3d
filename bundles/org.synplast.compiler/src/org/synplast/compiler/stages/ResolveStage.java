package org.synplast.compiler.stages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.synplast.compiler.Diagnostics;
import org.synplast.compiler.LoweringStage;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Experiment;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.synPlast.Sweep;

/**
 * Stage 1, resolve imports: finds the experiments and sweeps of a file and every element they
 * need across imported files (references, {@code extends} parents, connection endpoints).
 * Unresolved references are errors.
 */
public final class ResolveStage implements LoweringStage<Model, ResolveStage.Resolved> {

    /**
     * @param targets  the experiments and sweeps of the file, in file order
     * @param elements the targets and everything they refer to, transitively
     */
    public record Resolved(List<Element> targets, List<Element> elements) {

        /** Copies. */
        public Resolved {
            targets = List.copyOf(targets);
            elements = List.copyOf(elements);
        }
    }

    @Override
    public Resolved apply(Model model, Diagnostics diagnostics) {
        List<Element> targets = new ArrayList<>();
        for (Element e : model.getElements()) {
            if (e instanceof Experiment || e instanceof Sweep) {
                targets.add(e);
            }
        }
        Set<Element> seen = new LinkedHashSet<>(targets);
        Deque<EObject> work = new ArrayDeque<>(targets);
        while (!work.isEmpty()) {
            EObject o = work.pop();
            for (EObject content : iterable(o)) {
                for (EReference ref : content.eClass().getEAllReferences()) {
                    if (ref.isContainment() || ref.isMany()) {
                        continue;
                    }
                    Object value = content.eGet(ref, true);
                    if (value instanceof EObject target && target.eIsProxy()) {
                        diagnostics.error(Locations.of(content), "'" + Locations.text(content)
                                + "' refers to something that does not exist; define it or import the file that does");
                    } else if (value instanceof Element target && seen.add(target)) {
                        work.push(target);
                    }
                }
            }
        }
        return new Resolved(targets, new ArrayList<>(seen));
    }

    private static Iterable<EObject> iterable(EObject root) {
        List<EObject> all = new ArrayList<>();
        all.add(root);
        EcoreUtil.getAllContents(root, false).forEachRemaining(o -> all.add((EObject) o));
        return all;
    }
}
