package org.synplast.dsl.ui.editor;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

/** Labels of the editor's text operation actions. */
final class EditorMessages extends ListResourceBundle {

	static final ResourceBundle BUNDLE = new EditorMessages();

	@Override
	protected Object[][] getContents() {
		return new Object[][] { { "ContentAssistProposal.label", "Content Assist" },
				{ "ContentAssistProposal.tooltip", "Content Assist" },
				{ "ContentAssistProposal.description", "Content Assist" } };
	}
}
