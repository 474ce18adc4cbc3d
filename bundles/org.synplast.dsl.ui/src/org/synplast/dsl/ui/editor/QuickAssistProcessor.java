package org.synplast.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.synplast.dsl.ui.builder.SynPlastBuilder;
import org.synplast.dsl.ui.internal.QuickFixes;
import org.synplast.dsl.ui.internal.TextEdit;

/**
 * Quick fixes (Ctrl+1) for the issues under the cursor, from annotations and problem markers, and
 * the quick assists at the cursor (convert a number to its slot's unit).
 */
final class QuickAssistProcessor implements IQuickAssistProcessor {

	private final SynPlastEditor editor;

	QuickAssistProcessor(SynPlastEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		QuickFixes.Problem p = problemOf(annotation, new Position(0, 0));
		return p != null && QuickFixes.isFixable(p.code());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		SynPlastDocumentModel model = editor.model();
		return model != null && !model.read(r -> QuickFixes.assists(r, context.getOffset())).isEmpty();
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		return proposals(context.getOffset()).toArray(ICompletionProposal[]::new);
	}

	/** The fix proposals for every fixable issue whose region contains the offset, then the assists there. */
	List<ICompletionProposal> proposals(int offset) {
		SynPlastDocumentModel model = editor.model();
		IAnnotationModel annotations = editor.annotationModel();
		List<ICompletionProposal> result = new ArrayList<>();
		if (model == null || annotations == null) {
			return result;
		}
		List<QuickFixes.Problem> problems = new ArrayList<>();
		for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			Position pos = annotations.getPosition(a);
			QuickFixes.Problem p = pos == null ? null : problemOf(a, pos);
			if (p != null && p.offset() <= offset && offset <= p.offset() + p.length() && !problems.contains(p)) {
				problems.add(p);
			}
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		for (QuickFixes.Problem p : problems) {
			for (QuickFixes.Fix fix : model.read(r -> QuickFixes.fixes(r, p))) {
				result.add(new FixProposal(fix, document));
			}
		}
		for (QuickFixes.Fix assist : model.read(r -> QuickFixes.assists(r, offset))) {
			if (result.stream().noneMatch(f -> f.getDisplayString().equals(assist.label()))) {
				result.add(new FixProposal(assist, document));
			}
		}
		return result;
	}

	private static QuickFixes.Problem problemOf(Annotation a, Position pos) {
		if (a instanceof IssueAnnotation i) {
			return new QuickFixes.Problem(i.issue().getCode(), i.issue().getOffset(), i.issue().getLength());
		}
		if (a instanceof MarkerAnnotation m && m.getMarker().exists()) {
			String code = m.getMarker().getAttribute(SynPlastBuilder.ISSUE_CODE, null);
			return code == null ? null : new QuickFixes.Problem(code, pos.getOffset(), pos.getLength());
		}
		return null;
	}

	/** Applies a fix's edits to the document. */
	private record FixProposal(QuickFixes.Fix fix, IDocument document) implements ICompletionProposal {

		@Override
		public void apply(IDocument doc) {
			try {
				for (TextEdit e : fix.edits().stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed())
						.toList()) {
					doc.replace(e.offset(), e.length(), e.text());
				}
			} catch (BadLocationException e) {
				throw new IllegalStateException("stale quick fix " + fix.label(), e);
			}
		}

		@Override
		public Point getSelection(IDocument doc) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return fix.label();
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
