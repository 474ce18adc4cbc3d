package org.synplast.dsl.ide.hover;

import java.util.Optional;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** LSP hover: catalogue documentation of settings ({@link ParameterDocumentation}), else Xtext's default. */
public class SynPlastHoverService extends HoverService {

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		Optional<String> text = ParameterDocumentation.at(resource, document.getOffSet(params.getPosition()));
		if (text.isPresent()) {
			return new Hover(new MarkupContent(MarkupKind.PLAINTEXT, text.get()));
		}
		return super.hover(document, resource, params, cancelIndicator);
	}
}
