package org.synplast.dsl.ui.editor;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.dsl.ui.internal.Completion;

/** Content assist of the SynPlast editor ({@link Completion} on the document's resource). */
final class ContentAssistProcessor implements IContentAssistProcessor {

	private final SynPlastEditor editor;

	ContentAssistProcessor(SynPlastEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		SynPlastDocumentModel model = editor.model();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		return model.read(r -> Completion.at(SynPlastUi.injector(), r, model.text(), offset)).stream()
				.map(p -> new CompletionProposal(p.text(), p.offset(), p.length(), p.cursor(), null, p.label(), null,
						p.description()))
				.toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return new IContextInformation[0];
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return new char[0];
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
