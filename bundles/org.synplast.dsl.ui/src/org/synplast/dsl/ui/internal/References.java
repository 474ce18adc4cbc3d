package org.synplast.dsl.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.findReferences.TargetURIs;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.synplast.dsl.model.Settings;
import org.synplast.dsl.synPlast.Element;

import com.google.inject.Injector;

/**
 * Find references: the element at an offset (its name, or a reference to it) and the references
 * to it in a set of resources, through Xtext's {@link IReferenceFinder} (the service the language
 * server's references request uses). Cross-file references resolve through the files' imports.
 */
public final class References {

	/** What is searched: an element's URI (with fragment) and how the user sees it. */
	public record Target(URI uri, String label) {
	}

	/** One reference: where it is written, its line number (1-based) and the line's text. */
	public record Reference(Definitions.Location location, int line, String lineText) {
	}

	private References() {
	}

	/** The element whose name or a reference to which is at the offset. */
	public static Optional<Target> targetAt(Injector injector, XtextResource resource, int offset) {
		EObject o = injector.getInstance(EObjectAtOffsetHelper.class).resolveElementAt(resource, offset);
		if (!(o instanceof Element e) || e.eIsProxy() || e.getName() == null) {
			return Optional.empty();
		}
		// normalized as the reference finder normalizes the targets it meets
		return Optional.of(new Target(EcoreUtil2.getPlatformResourceOrNormalizedURI(e), Settings.kindOf(e) + " "
				+ e.getName()));
	}

	/** The references to the target in a resource (resolving its cross-references as needed). */
	public static List<Reference> in(Injector injector, Resource resource, Target target, IProgressMonitor monitor) {
		TargetURIs targets = injector.getInstance(TargetURIs.class);
		targets.addURI(target.uri());
		List<Reference> found = new ArrayList<>();
		injector.getInstance(IReferenceFinder.class).findReferences(targets, resource, new IReferenceFinder.Acceptor() {
			@Override
			public void accept(EObject source, URI sourceURI, EReference reference, int index, EObject targetOrProxy,
					URI targetURI) {
				referenceAt(source, reference, index).ifPresent(found::add);
			}

			@Override
			public void accept(IReferenceDescription description) {
				EObject source = resource.getResourceSet() == null ? null
						: resource.getResourceSet().getEObject(description.getSourceEObjectUri(), true);
				if (source != null) {
					referenceAt(source, description.getEReference(), description.getIndexInList()).ifPresent(found::add);
				}
			}
		}, monitor);
		found.sort(Comparator.comparingInt(r -> r.location().offset()));
		return found;
	}

	private static Optional<Reference> referenceAt(EObject source, EReference reference, int index) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
		if (nodes.isEmpty()) {
			return Optional.empty();
		}
		INode node = nodes.get(Math.max(0, Math.min(index, nodes.size() - 1)));
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', Math.max(0, node.getOffset() - 1)) + 1;
		int lineEnd = text.indexOf('\n', node.getOffset());
		String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
		return Optional.of(new Reference(new Definitions.Location(source.eResource().getURI(), node.getOffset(),
				node.getLength()), node.getStartLine(), line));
	}
}
