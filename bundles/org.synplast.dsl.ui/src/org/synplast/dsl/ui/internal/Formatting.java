package org.synplast.dsl.ui.internal;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/** The edits of the language's formatter ({@code SynPlastFormatter}) for a whole resource. */
public final class Formatting {

	private Formatting() {
	}

	/** The formatter's edits; empty if the resource has syntax errors (the formatter needs a valid tree). */
	public static List<TextEdit> edits(Injector injector, XtextResource resource) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(access);
		request.setAllowIdentityEdits(false);
		return injector.getInstance(IFormatter2.class).format(request).stream()
				.map(r -> new TextEdit(r.getOffset(), r.getLength(), r.getReplacementText())).toList();
	}
}
