package org.synplast.dsl.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.synplast.dsl.ide.hover.ParameterDocumentation;

/** Hover of the SynPlast editor: catalogue documentation and referenced elements ({@link ParameterDocumentation}). */
final class Hover implements ITextHover {

	private final SynPlastEditor editor;

	Hover(SynPlastEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		SynPlastDocumentModel model = editor.model();
		return model == null ? null
				: model.read(r -> ParameterDocumentation.at(r, region.getOffset())).orElse(null);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
