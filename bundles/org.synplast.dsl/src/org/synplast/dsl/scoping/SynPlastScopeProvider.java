package org.synplast.dsl.scoping;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.FilteringScope;
import org.synplast.dsl.catalogue.Parameter;
import org.synplast.dsl.catalogue.ValueKind;
import org.synplast.dsl.model.Values;
import org.synplast.dsl.synPlast.Setting;
import org.synplast.dsl.synPlast.SynPlastPackage;

/**
 * Scoping: a reference value (`membrane = Hay2011`) only sees elements of the kind its slot expects
 * in the parameter catalogue; everything else is the default qualified-name scoping with imports.
 */
public class SynPlastScopeProvider extends AbstractSynPlastScopeProvider {

	private static final SynPlastPackage P = SynPlastPackage.eINSTANCE;

	/** Element class by the kind name the catalogue uses for references. */
	public static final Map<String, EClass> ELEMENT_CLASSES = Map.of("synapse", P.getSynapseModel(), "morphology",
			P.getMorphology(), "membrane", P.getMembrane(), "cell", P.getCellType(), "connection", P.getConnection(),
			"protocol", P.getProtocol(), "experiment", P.getExperiment(), "sweep", P.getSweep());

	@Override
	public IScope getScope(EObject context, EReference reference) {
		IScope scope = super.getScope(context, reference);
		if (reference == P.getRefValue_Ref()) {
			Optional<EClass> expected = expectedClass(context);
			if (expected.isPresent()) {
				return new FilteringScope(scope, d -> expected.get().isSuperTypeOf(d.getEClass()));
			}
		}
		return scope;
	}

	/** The element class a reference in this context must have, from the enclosing setting's catalogue entry. */
	public static Optional<EClass> expectedClass(EObject context) {
		for (EObject c = context; c != null; c = c.eContainer()) {
			if (c instanceof Setting s) {
				return Values.parameterOf(s).filter(p -> p.kind() == ValueKind.REFERENCE).map(Parameter::canonicalUnit)
						.map(ELEMENT_CLASSES::get);
			}
		}
		return Optional.empty();
	}
}
