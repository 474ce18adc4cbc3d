package org.synplast.dsl.ui.internal;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/** Go to definition: the element a cross-reference at an offset refers to, and where it is written. */
public final class Definitions {

	/** Where a definition is: its file and the region of its name. */
	public record Location(URI uri, int offset, int length) {
	}

	/** The source region of the reference at an offset (what a hyperlink underlines). */
	public record Link(int offset, int length, Location target) {
	}

	private Definitions() {
	}

	/** The reference at the offset and its resolved target, if the offset is on a resolvable reference. */
	public static Optional<Link> at(Injector injector, XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = injector.getInstance(EObjectAtOffsetHelper.class);
		INode ref = helper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		EObject target = ref == null ? null : helper.getCrossReferencedElement(ref);
		if (target == null || target.eIsProxy() || target.eResource() == null) {
			return Optional.empty();
		}
		int from = ref.getOffset();
		int length = ref.getLength();
		ITextRegion name = injector.getInstance(ILocationInFileProvider.class).getSignificantTextRegion(target);
		return Optional.of(new Link(from, length, new Location(target.eResource().getURI(), name.getOffset(),
				name.getLength())));
	}
}
