package org.synplast.dsl.ide.hover;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.synplast.dsl.catalogue.BlockSpec;
import org.synplast.dsl.catalogue.Parameter;
import org.synplast.dsl.catalogue.ParameterCatalogue;
import org.synplast.dsl.model.Settings;
import org.synplast.dsl.model.Values;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.RefValue;
import org.synplast.dsl.synPlast.Setting;

/**
 * Hover text from the parameter catalogue: for a setting, its meaning, canonical unit, default,
 * valid range and source, and the value converted to the canonical unit; for a block or an element,
 * what it describes; for a reference, what it refers to. Plain text, IDE-neutral.
 */
public final class ParameterDocumentation {

	private ParameterDocumentation() {
	}

	/** The documentation at an offset of a parsed resource, if the offset is on something documented. */
	public static Optional<String> at(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null) {
			return Optional.empty();
		}
		EObject o = NodeModelUtils.findActualSemanticObjectFor(leaf);
		for (; o != null; o = o.eContainer()) {
			if (o instanceof RefValue r && r.getRef() != null && !r.getRef().eIsProxy()) {
				return Optional.of(Settings.kindOf(r.getRef()) + " " + r.getRef().getName());
			}
			if (o instanceof Setting s) {
				return setting(s);
			}
			if (o instanceof Element e) {
				return ParameterCatalogue.root(Settings.kindOf(e)).map(b -> Settings.kindOf(e) + " " + e.getName()
						+ ": " + b.meaning());
			}
		}
		return Optional.empty();
	}

	private static Optional<String> setting(Setting s) {
		Optional<Parameter> p = Values.parameterOf(s);
		if (p.isPresent()) {
			StringBuilder b = new StringBuilder(p.get().documentation());
			if (s.getValue() != null && p.get().isDimensional()) {
				OptionalDouble v = Values.canonical(s.getValue(), p.get());
				v.ifPresent(x -> b.append("\nValue: ").append(x).append(' ').append(p.get().canonicalUnit()));
			}
			return Optional.of(b.toString());
		}
		Element e = Settings.elementOf(s).orElse(null);
		if (e == null) {
			return Optional.empty();
		}
		List<String> path = Settings.pathOf(s);
		return ParameterCatalogue.block(Settings.kindOf(e), path).map(BlockSpec::meaning)
				.map(m -> path.get(path.size() - 1) + ": " + m);
	}
}
