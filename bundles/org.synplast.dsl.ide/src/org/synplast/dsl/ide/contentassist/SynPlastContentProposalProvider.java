package org.synplast.dsl.ide.contentassist;

import java.util.List;
import java.util.Optional;

import javax.measure.Unit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.synplast.dsl.catalogue.BlockSpec;
import org.synplast.dsl.catalogue.Parameter;
import org.synplast.dsl.catalogue.ParameterCatalogue;
import org.synplast.dsl.model.Settings;
import org.synplast.dsl.model.Values;
import org.synplast.dsl.synPlast.Body;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Setting;
import org.synplast.dsl.units.UnitParser;

/**
 * Content assist: besides keywords and cross-references (filtered by the slot's element kind through
 * scoping), proposes the catalogue's setting keys valid in the current block, with their
 * documentation, and the units whose dimension fits the current slot.
 */
public class SynPlastContentProposalProvider extends IdeContentProposalProvider {

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		String feature = assignment.getFeature();
		if ("key".equals(feature)) {
			blockAt(context.getCurrentModel()).ifPresent(b -> proposeKeys(b, context, acceptor));
		} else if ("unit".equals(feature)) {
			proposeUnits(context, acceptor);
		}
		super._createProposals(assignment, context, acceptor);
	}

	/** The catalogue block whose settings may be written at a model position. */
	public static Optional<BlockSpec> blockAt(EObject model) {
		EObject o = model;
		if (o instanceof Setting s && s.getBody() == null) {
			o = s.eContainer();
		}
		while (o != null && !(o instanceof Body) && !(o instanceof Element)) {
			o = o.eContainer();
		}
		if (o == null) {
			return Optional.empty();
		}
		Element element = Settings.elementOf(o).orElse(null);
		if (element == null) {
			return Optional.empty();
		}
		EObject holder = o instanceof Body ? o.eContainer() : o;
		List<String> path = holder instanceof Setting s ? Settings.pathOf(s) : List.of();
		return ParameterCatalogue.block(Settings.kindOf(element), path);
	}

	private void proposeKeys(BlockSpec block, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		for (Parameter p : block.parameters().values()) {
			accept(p.key(), p.meaning(), p.documentation(), context, acceptor);
		}
		for (BlockSpec b : block.blocks().values()) {
			if (!block.parameters().containsKey(b.name())) {
				accept(b.name(), b.meaning(), b.meaning(), context, acceptor);
			}
		}
	}

	private void accept(String proposal, String description, String documentation, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context);
		if (entry != null) {
			entry.setKind(ContentAssistEntry.KIND_PROPERTY);
			entry.setDescription(description);
			entry.setDocumentation(documentation);
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}

	private void proposeUnits(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Optional<Parameter> slot = settingOf(context.getCurrentModel()).flatMap(Values::parameterOf)
				.filter(Parameter::isDimensional);
		Optional<Unit<?>> expected = slot.map(Values::canonicalUnit);
		for (String spelling : UnitParser.SUGGESTED) {
			Unit<?> unit = UnitParser.parse(spelling).orElseThrow();
			if (expected.isEmpty() || unit.isCompatible(expected.get())) {
				ContentAssistEntry entry = getProposalCreator().createProposal(spelling, context);
				if (entry != null) {
					entry.setKind(ContentAssistEntry.KIND_UNIT);
					entry.setDescription(slot.map(p -> "unit of " + p.key() + " (canonical " + p.canonicalUnit() + ")")
							.orElse("unit"));
					acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
				}
			}
		}
	}

	private static Optional<Setting> settingOf(EObject o) {
		for (EObject c = o; c != null; c = c.eContainer()) {
			if (c instanceof Setting s) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}
}
