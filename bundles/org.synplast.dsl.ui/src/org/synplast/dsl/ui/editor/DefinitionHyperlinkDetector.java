package org.synplast.dsl.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.dsl.ui.internal.Definitions;

/** Ctrl+click on a reference opens its definition (also in imported files). */
final class DefinitionHyperlinkDetector implements IHyperlinkDetector {

	private final SynPlastEditor editor;

	DefinitionHyperlinkDetector(SynPlastEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
		SynPlastDocumentModel model = editor.model();
		if (model == null) {
			return null;
		}
		return model.read(r -> Definitions.at(SynPlastUi.injector(), r, region.getOffset()))
				.map(link -> new IHyperlink[] { new IHyperlink() {
					@Override
					public IRegion getHyperlinkRegion() {
						return new Region(link.offset(), link.length());
					}

					@Override
					public String getTypeLabel() {
						return null;
					}

					@Override
					public String getHyperlinkText() {
						return "Open Declaration";
					}

					@Override
					public void open() {
						Navigation.open(editor, link.target());
					}
				} }).orElse(null);
	}
}
