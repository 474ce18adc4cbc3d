package org.synplast.dsl.ui.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.texteditor.TextOperationAction;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.validation.Issue;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.dsl.ui.internal.Definitions;
import org.synplast.dsl.ui.internal.Formatting;
import org.synplast.dsl.ui.internal.Highlighting;
import org.synplast.dsl.ui.internal.References;
import org.synplast.dsl.ui.internal.TextEdit;

/**
 * The SynPlast text editor on Xtext's IDE-neutral services: a {@link SynPlastDocumentModel} keeps
 * the resource in sync; highlighting, diagnostics (annotations), outline, content assist, hover,
 * go to definition (F3, Ctrl+click), find references (Ctrl+Shift+G, results in the
 * {@link ReferencesView}), quick fixes and assists (Ctrl+1), format (Ctrl+Shift+F), comment toggling
 * (Ctrl+/) and bracket matching; the context menu offers the same commands.
 */
public class SynPlastEditor extends TextEditor {

	/** Command identifiers (declared in plugin.xml). */
	public static final String OPEN_DECLARATION = "org.synplast.dsl.ui.openDeclaration";
	/** Formats the document. */
	public static final String FORMAT = "org.synplast.dsl.ui.format";
	/** Toggles line comments. */
	public static final String TOGGLE_COMMENT = "org.synplast.dsl.ui.toggleComment";
	/** Finds the references to the element at the cursor. */
	public static final String FIND_REFERENCES = "org.synplast.dsl.ui.findReferences";

	private static final String MATCHING_BRACKETS = "synplast.matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOR = "synplast.matchingBracketsColor";

	private final QuickAssistProcessor quickAssist = new QuickAssistProcessor(this);
	private final Map<Highlighting.Style, StyleRange> styles = new EnumMap<>(Highlighting.Style.class);
	private volatile SynPlastDocumentModel model;
	private List<Highlighting.Range> highlighting = List.of();
	private Annotation[] issueAnnotations = new Annotation[0];
	private SynPlastOutlinePage outline;

	/** Creates the editor. */
	public SynPlastEditor() {
		PreferenceStore own = new PreferenceStore();
		own.setValue(MATCHING_BRACKETS, true);
		own.setValue(MATCHING_BRACKETS_COLOR, "128,128,128");
		IPreferenceStore store = new ChainedPreferenceStore(new IPreferenceStore[] { own,
				EditorsUI.getPreferenceStore() });
		setPreferenceStore(store);
		setSourceViewerConfiguration(new SynPlastSourceViewerConfiguration(this, store));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { "org.synplast.dsl.ui.editorScope" });
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		Display display = parent.getDisplay();
		styles.put(Highlighting.Style.KEYWORD, style(display, 127, 0, 85, SWT.BOLD));
		styles.put(Highlighting.Style.UNIT, style(display, 0, 128, 128, SWT.NORMAL));
		styles.put(Highlighting.Style.NUMBER, style(display, 0, 0, 192, SWT.NORMAL));
		styles.put(Highlighting.Style.REFERENCE, style(display, 128, 64, 0, SWT.ITALIC));
		styles.put(Highlighting.Style.COMMENT, style(display, 63, 127, 95, SWT.NORMAL));
		styles.put(Highlighting.Style.STRING, style(display, 42, 0, 255, SWT.NORMAL));
		ISourceViewer viewer = getSourceViewer();
		if (viewer instanceof ITextViewerExtension4 v) {
			v.addTextPresentationListener(this::applyHighlighting);
		}
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		SynPlastDocumentModel m = new SynPlastDocumentModel(document, uriOf());
		m.addListener(state -> display.asyncExec(() -> show(state)));
		model = m;
	}

	private static StyleRange style(Display display, int r, int g, int b, int fontStyle) {
		StyleRange s = new StyleRange();
		s.foreground = new Color(display, r, g, b);
		s.fontStyle = fontStyle;
		return s;
	}

	private URI uriOf() {
		if (getEditorInput() instanceof IFileEditorInput f && f.getFile().getLocationURI() != null) {
			return URI.createURI(f.getFile().getLocationURI().toString());
		}
		if (getEditorInput() instanceof IURIEditorInput u) {
			return URI.createURI(u.getURI().toString());
		}
		return URI.createURI("inmemory:/" + getEditorInput().getName());
	}

	/** The document model, once the editor's control exists. */
	public SynPlastDocumentModel model() {
		return model;
	}

	/** The source viewer (for tests and actions). */
	public ISourceViewer sourceViewer() {
		return getSourceViewer();
	}

	/** The file being edited, if it is a workspace file. */
	public IFile file() {
		return getEditorInput() instanceof IFileEditorInput f ? f.getFile() : null;
	}

	/** The current highlighting (after the last analysis). */
	public List<Highlighting.Range> highlighting() {
		return highlighting;
	}

	/** The quick-fix proposals at an offset (what Ctrl+1 shows). */
	public List<org.eclipse.jface.text.contentassist.ICompletionProposal> quickFixes(int offset) {
		return quickAssist.proposals(offset);
	}

	QuickAssistProcessor quickAssistProcessor() {
		return quickAssist;
	}

	IAnnotationModel annotationModel() {
		return getDocumentProvider().getAnnotationModel(getEditorInput());
	}

	private void show(SynPlastDocumentModel.State state) {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		highlighting = state.highlighting();
		viewer.invalidateTextPresentation();
		IAnnotationModel annotations = annotationModel();
		if (annotations instanceof IAnnotationModelExtension ext) {
			Map<Annotation, Position> added = new HashMap<>();
			for (Issue issue : state.issues()) {
				if (issue.getOffset() != null && issue.getLength() != null) {
					added.put(new IssueAnnotation(issue), new Position(issue.getOffset(), issue.getLength()));
				}
			}
			ext.replaceAnnotations(issueAnnotations, added);
			issueAnnotations = added.keySet().toArray(Annotation[]::new);
		}
		if (outline != null) {
			outline.refresh();
		}
	}

	private void applyHighlighting(TextPresentation presentation) {
		var extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = from + extent.getLength();
		for (Highlighting.Range r : highlighting) {
			if (r.offset() + r.length() <= from || r.offset() >= to) {
				continue;
			}
			StyleRange s = (StyleRange) styles.get(r.style()).clone();
			s.start = Math.max(r.offset(), from);
			s.length = Math.min(r.offset() + r.length(), to) - s.start;
			presentation.mergeStyleRange(s);
		}
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}', '(', ')', '[', ']' }));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	protected void createActions() {
		super.createActions();
		TextOperationAction assist = new TextOperationAction(EditorMessages.BUNDLE, "ContentAssistProposal.", this,
				ISourceViewer.CONTENTASSIST_PROPOSALS);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
		setAction("OpenDeclaration", action("Open Declaration", OPEN_DECLARATION, this::openDeclaration));
		setAction("Format", action("Format", FORMAT, this::format));
		setAction("ToggleComment", action("Toggle Comment", TOGGLE_COMMENT, this::toggleComment));
		setAction("FindReferences", action("Find References", FIND_REFERENCES, this::findReferences));
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		addAction(menu, ITextEditorActionConstants.GROUP_FIND, "OpenDeclaration");
		addAction(menu, ITextEditorActionConstants.GROUP_FIND, "FindReferences");
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, "Format");
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, "ToggleComment");
	}

	/**
	 * Finds the references to the element at the cursor (its name or a reference to it) in the
	 * workspace's .synplast files and shows them in the {@link ReferencesView}.
	 *
	 * @return the view, or null if the cursor is on no element
	 */
	public ReferencesView findReferences() {
		int offset = ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
		var status = getEditorSite().getActionBars().getStatusLineManager();
		Optional<References.Target> target = model.read(r -> References.targetAt(SynPlastUi.injector(), r, offset));
		if (target.isEmpty()) {
			status.setErrorMessage("Find References: the cursor is not on a SynPlast element or a reference to one");
			return null;
		}
		List<FindReferences.Found> found = new ArrayList<>();
		try {
			getSite().getWorkbenchWindow().getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				try {
					found.addAll(FindReferences.search(this, target.get(), monitor));
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			ReferencesView view = (ReferencesView) getSite().getPage().showView(ReferencesView.ID);
			view.show(target.get(), found);
			return view;
		} catch (InvocationTargetException | PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), "Find References", "Cannot search the references to "
					+ target.get().label(), e.getCause() instanceof CoreException c ? c.getStatus()
							: Status.error(String.valueOf(e.getMessage())));
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static Action action(String text, String commandId, Runnable run) {
		Action a = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setActionDefinitionId(commandId);
		return a;
	}

	/** Opens the definition of the reference at the cursor (F3). */
	public void openDeclaration() {
		int offset = ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
		model.read(r -> Definitions.at(SynPlastUi.injector(), r, offset)).ifPresent(
				link -> Navigation.open(this, link.target()));
	}

	/** Formats the document with the language's formatter (no-op while it has syntax errors). */
	public void format() {
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		List<TextEdit> edits = model.read(r -> Formatting.edits(SynPlastUi.injector(), r));
		try {
			for (TextEdit e : edits.stream().sorted((a, b) -> Integer.compare(b.offset(), a.offset())).toList()) {
				document.replace(e.offset(), e.length(), e.text());
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException("formatter edit outside the document", e);
		}
	}

	/** Comments the selected lines out with {@code //}, or in again if all are commented. */
	public void toggleComment() {
		ITextSelection sel = (ITextSelection) getSelectionProvider().getSelection();
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		boolean allCommented = true;
		try {
			for (int line = sel.getStartLine(); line <= Math.max(sel.getStartLine(), sel.getEndLine()); line++) {
				String text = document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
				allCommented &= text.isEmpty() || text.startsWith("//");
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
		ITextOperationTarget target = (ITextOperationTarget) getSourceViewer();
		int op = allCommented ? ITextOperationTarget.STRIP_PREFIX : ITextOperationTarget.PREFIX;
		if (target.canDoOperation(op)) {
			target.doOperation(op);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new SynPlastOutlinePage(this);
			}
			return type.cast(outline);
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (model != null) {
			model.dispose();
		}
		for (StyleRange s : styles.values()) {
			s.foreground.dispose();
		}
		super.dispose();
	}

	/** Whether the issues of the last analysis include one with this code. */
	public boolean hasIssue(String code) {
		for (Issue i : model.state().issues()) {
			if (code.equals(i.getCode())) {
				return true;
			}
		}
		return false;
	}
}
