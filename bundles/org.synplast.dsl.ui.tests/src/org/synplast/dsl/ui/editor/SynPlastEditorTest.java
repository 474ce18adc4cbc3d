package org.synplast.dsl.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.synplast.dsl.ui.builder.SynPlastBuilder;
import org.synplast.dsl.ui.internal.Highlighting;
import org.synplast.dsl.validation.IssueCodes;

/**
 * The SynPlast editor in a running workbench (Xvfb): highlighting, completion, hover, go to
 * definition, annotations and problem markers with their quick fix, format, comment toggling.
 * Uses the repository's dsl-examples (copied into a workspace project; skipped when absent).
 */
class SynPlastEditorTest {

	private static final String SOURCE = """
			// SynPlast editor test
			package test

			import "lib/pathways.synplast"
			import lib.*

			synapse Syn {
			    tau_ca = 12 ms
			}

			protocol P {
			    conditions {
			        ca_o = 2.0 mM
			    }
			}

			experiment E {
			    connection = L5TTPC_L5TTPC
			    protocol = P
			    pairs = 10
			}

			""";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
		Workbench.processEvents();
	}

	private static SynPlastEditor openSource(String name) throws Exception {
		IFile file = Workbench.write(name + ".synplast", SOURCE);
		return Workbench.open(file);
	}

	private static IDocument document(SynPlastEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private static ISourceViewer viewer(SynPlastEditor editor) {
		return editor.sourceViewer();
	}

	private static Highlighting.Style styleAt(SynPlastEditor editor, int offset) {
		return editor.highlighting().stream().filter(r -> r.offset() <= offset && offset < r.offset() + r.length())
				.map(Highlighting.Range::style).findFirst().orElse(null);
	}

	@Test
	void highlightsKeywordsUnitsNumbersReferencesComments() throws Exception {
		SynPlastEditor editor = openSource("highlighting");
		assertEquals(Highlighting.Style.COMMENT, styleAt(editor, 0));
		int synapse = SOURCE.indexOf("synapse Syn");
		assertEquals(Highlighting.Style.KEYWORD, styleAt(editor, synapse));
		assertEquals(Highlighting.Style.NUMBER, styleAt(editor, SOURCE.indexOf("12 ms")));
		assertEquals(Highlighting.Style.UNIT, styleAt(editor, SOURCE.indexOf("ms\n")));
		assertEquals(Highlighting.Style.UNIT, styleAt(editor, SOURCE.indexOf("mM")));
		assertEquals(Highlighting.Style.REFERENCE, styleAt(editor, SOURCE.indexOf("L5TTPC_L5TTPC")));
		assertEquals(Highlighting.Style.STRING, styleAt(editor, SOURCE.indexOf("\"lib/")));
		assertEquals(null, styleAt(editor, SOURCE.indexOf("tau_ca")), "a setting key is plain text");
		// and the widget really draws them
		StyleRange keyword = viewer(editor).getTextWidget().getStyleRangeAtOffset(synapse);
		assertNotNull(keyword);
		assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
		StyleRange unit = viewer(editor).getTextWidget().getStyleRangeAtOffset(SOURCE.indexOf("mM"));
		assertNotNull(unit);
		assertNotEquals(keyword.foreground, unit.foreground);
		Workbench.screenshot("highlighting");
	}

	private static List<String> proposals(SynPlastEditor editor, int offset) {
		ICompletionProposal[] p = new ContentAssistProcessor(editor).computeCompletionProposals(viewer(editor), offset);
		return Arrays.stream(p).map(ICompletionProposal::getDisplayString).toList();
	}

	@Test
	void completesKeywordsTemplatesReferencesUnitsAndParameterNames() throws Exception {
		SynPlastEditor editor = openSource("completion");
		List<String> topLevel = proposals(editor, SOURCE.length());
		assertTrue(topLevel.containsAll(List.of("protocol", "experiment", "sweep")), topLevel.toString());
		assertTrue(topLevel.stream().anyMatch(s -> s.startsWith("protocol - ")), "protocol template: " + topLevel);
		assertTrue(topLevel.stream().anyMatch(s -> s.startsWith("experiment - ")), "experiment template: " + topLevel);

		int connection = SOURCE.indexOf("L5TTPC_L5TTPC");
		List<String> connections = proposals(editor, connection);
		assertTrue(connections.stream().anyMatch(c -> c.endsWith("L5TTPC_L5TTPC")),
				"reference from an imported file: " + connections);

		List<String> units = proposals(editor, SOURCE.indexOf("ms\n"));
		assertTrue(units.contains("ms"), "time units: " + units);

		List<String> conditions = proposals(editor, SOURCE.indexOf("ca_o"));
		assertTrue(conditions.containsAll(List.of("mg_o", "temperature")), "condition keys: " + conditions);

		// the content assist popup as users see it
		viewer(editor).setSelectedRange(SOURCE.indexOf("ms\n"), 0);
		editor.getAction("ContentAssistProposal").run();
		Workbench.processEvents();
		Workbench.screenshot("completion");
	}

	@Test
	void hoverShowsCatalogueDocumentationAndReferencedElements() throws Exception {
		SynPlastEditor editor = openSource("hover");
		Hover hover = new Hover(editor);
		String tau = hover.getHoverInfo(viewer(editor), new Region(SOURCE.indexOf("tau_ca") + 2, 0));
		assertNotNull(tau);
		assertTrue(tau.startsWith("tau_ca: "), tau);
		assertTrue(tau.contains("ms"), tau);
		String ref = hover.getHoverInfo(viewer(editor), new Region(SOURCE.indexOf("L5TTPC_L5TTPC") + 3, 0));
		assertEquals("connection L5TTPC_L5TTPC", ref);
	}

	@Test
	void openDeclarationOpensTheImportedDefinition() throws Exception {
		SynPlastEditor editor = openSource("declaration");
		editor.getSelectionProvider().setSelection(new TextSelection(SOURCE.indexOf("L5TTPC_L5TTPC") + 2, 0));
		editor.openDeclaration();
		Workbench.processEvents();
		var active = Workbench.page().getActiveEditor();
		assertTrue(active instanceof SynPlastEditor, String.valueOf(active));
		SynPlastEditor target = (SynPlastEditor) active;
		assertEquals("pathways.synplast", target.file().getName());
		var sel = (TextSelection) target.getSelectionProvider().getSelection();
		assertEquals("L5TTPC_L5TTPC", sel.getText());
		Workbench.screenshot("open-declaration");
	}

	private static List<IMarker> markers(IFile file, String code) throws Exception {
		return Arrays.stream(file.findMarkers(SynPlastBuilder.MARKER, true, IResource.DEPTH_ZERO))
				.filter(m -> code.equals(m.getAttribute(SynPlastBuilder.ISSUE_CODE, ""))).toList();
	}

	@Test
	void missingUnitShowsAsAnnotationAndMarkerUntilItsQuickFix() throws Exception {
		SynPlastEditor editor = openSource("quickfix");
		IFile file = editor.file();
		Workbench.processEvents();
		assertFalse(editor.hasIssue(IssueCodes.MISSING_UNIT));
		assertTrue(markers(file, IssueCodes.MISSING_UNIT).isEmpty());

		IDocument document = document(editor);
		int number = SOURCE.indexOf("12 ms");
		document.replace(number, "12 ms".length(), "12");
		Workbench.waitForAnalysis(editor);
		assertTrue(editor.hasIssue(IssueCodes.MISSING_UNIT), "annotation while typing");
		editor.doSave(null);
		Workbench.processEvents();
		List<IMarker> markers = markers(file, IssueCodes.MISSING_UNIT);
		assertEquals(1, markers.size(), "problem marker after save");
		assertEquals(IMarker.SEVERITY_ERROR, markers.get(0).getAttribute(IMarker.SEVERITY, -1));
		assertEquals(number, markers.get(0).getAttribute(IMarker.CHAR_START, -1));
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView("org.eclipse.ui.views.ProblemView");
		Workbench.page().activate(editor);
		viewer(editor).setSelectedRange(number, 0);
		Workbench.processEvents();
		Workbench.screenshot("missing-unit-marker");

		List<ICompletionProposal> fixes = editor.quickFixes(number + 1);
		ICompletionProposal fix = fixes.stream().filter(f -> f.getDisplayString().equals("Add the unit ms"))
				.findFirst().orElseThrow(() -> new AssertionError("no 'Add the unit ms' in " + fixes));
		fix.apply(document);
		assertTrue(document.get().contains("tau_ca = 12 ms"), document.get());
		Workbench.waitForAnalysis(editor);
		assertFalse(editor.hasIssue(IssueCodes.MISSING_UNIT), "annotation gone after the fix");
		editor.doSave(null);
		Workbench.processEvents();
		assertTrue(markers(file, IssueCodes.MISSING_UNIT).isEmpty(), "marker gone after the fix");
		Workbench.screenshot("missing-unit-fixed");
	}

	@Test
	void quickFixClampsAnOutOfRangeValue() throws Exception {
		IFile file = Workbench.write("clamp.synplast", "package test.clamp\n\nsynapse S {\n    gamma_ca = 1.4\n}\n");
		SynPlastEditor editor = Workbench.open(file);
		assertTrue(editor.hasIssue(IssueCodes.VALUE_OUT_OF_RANGE));
		int at = document(editor).get().indexOf("1.4");
		List<ICompletionProposal> fixes = editor.quickFixes(at + 1);
		assertFalse(fixes.isEmpty(), "a fix for the out-of-range value");
		assertEquals("Clamp to the valid range: 1", fixes.get(0).getDisplayString());
		fixes.get(0).apply(document(editor));
		assertTrue(document(editor).get().contains("gamma_ca = 1\n"), document(editor).get());
		Workbench.waitForAnalysis(editor);
		assertFalse(editor.hasIssue(IssueCodes.VALUE_OUT_OF_RANGE));
	}

	@Test
	void findReferencesListsTheUsesAcrossFilesAndOpensThem() throws Exception {
		SynPlastEditor editor = openSource("refs");
		int at = SOURCE.indexOf("L5TTPC_L5TTPC");
		viewer(editor).setSelectedRange(at + 3, 0);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		KeySequence ctrlShiftG = KeySequence.getInstance("M1+M2+G");
		assertTrue(Arrays.stream(bindings.getBindings()).anyMatch(b -> b.getParameterizedCommand() != null
				&& SynPlastEditor.FIND_REFERENCES.equals(b.getParameterizedCommand().getId())
				&& "org.synplast.dsl.ui.editorScope".equals(b.getContextId())
				&& b.getTriggerSequence().equals(ctrlShiftG)), () -> "Ctrl+Shift+G in the SynPlast editor: "
				+ Arrays.stream(bindings.getBindings()).filter(b -> b.getParameterizedCommand() != null
						&& b.getParameterizedCommand().getId().startsWith("org.synplast")).toList());
		ReferencesView view = editor.findReferences();
		assertNotNull(view);
		List<FindReferences.Found> found = view.shown();
		assertTrue(view.heading().equals(found.size() + " references to connection L5TTPC_L5TTPC"), view.heading());
		assertTrue(found.stream().anyMatch(f -> f.file().equals(editor.file()) && f.reference().location().offset() == at),
				"the reference in this file: " + found);
		FindReferences.Found other = found.stream().filter(f -> f.file().getName().equals("quickstart.synplast"))
				.findFirst().orElseThrow(() -> new AssertionError("no reference in quickstart.synplast: " + found));
		for (FindReferences.Found f : found) {
			String text = Files.readString(f.file().getLocation().toFile().toPath());
			var loc = f.reference().location();
			assertTrue(text.substring(loc.offset(), loc.offset() + loc.length()).endsWith("L5TTPC_L5TTPC"), f.toString());
			assertEquals(f.reference().line(), text.substring(0, loc.offset()).split("\n", -1).length, f.toString());
		}
		assertTrue(found.stream().noneMatch(f -> f.file().getName().equals("pathways.synplast")),
				"the declaration is no reference");
		Workbench.screenshot("find-references");

		view.open(found.indexOf(other));
		Workbench.processEvents();
		SynPlastEditor opened = (SynPlastEditor) Workbench.page().getActiveEditor();
		assertEquals("quickstart.synplast", opened.file().getName());
		assertEquals("L5TTPC_L5TTPC", ((TextSelection) opened.getSelectionProvider().getSelection()).getText());
	}

	@Test
	void findReferencesFromADeclarationNameAndNowhere() throws Exception {
		SynPlastEditor editor = openSource("refs-local");
		viewer(editor).setSelectedRange(SOURCE.indexOf("protocol P") + "protocol ".length(), 0);
		ReferencesView view = editor.findReferences();
		assertNotNull(view);
		assertEquals("1 reference to protocol P", view.heading());
		assertEquals(SOURCE.indexOf("= P") + 2, view.shown().get(0).reference().location().offset());
		assertEquals("protocol = P", view.shown().get(0).reference().lineText());
		Workbench.page().activate(editor);
		viewer(editor).setSelectedRange(SOURCE.indexOf("12 ms"), 0);
		assertEquals(null, editor.findReferences(), "no element at a number");
	}

	@Test
	void contextMenuOffersOpenDeclarationAndFindReferences() throws Exception {
		SynPlastEditor editor = openSource("menu");
		MenuManager menu = new MenuManager();
		editor.editorContextMenuAboutToShow(menu);
		List<String> actions = Arrays.stream(menu.getItems()).filter(ActionContributionItem.class::isInstance)
				.map(i -> ((ActionContributionItem) i).getAction().getActionDefinitionId()).toList();
		assertTrue(actions.contains(SynPlastEditor.FIND_REFERENCES), actions.toString());
		assertTrue(actions.contains(SynPlastEditor.OPEN_DECLARATION), actions.toString());
		menu.dispose();
	}

	@Test
	void quickAssistConvertsANumberToTheSlotsUnit() throws Exception {
		IFile file = Workbench.write("convert.synplast", "package test.convert\n\nsynapse S {\n    tau_ca = 0.012 s\n}\n");
		SynPlastEditor editor = Workbench.open(file);
		Workbench.waitForAnalysis(editor);
		int at = document(editor).get().indexOf("0.012");
		List<ICompletionProposal> fixes = editor.quickFixes(at + 2);
		assertEquals(List.of("Convert to ms: 12 ms"), fixes.stream().map(ICompletionProposal::getDisplayString)
				.toList());
		fixes.get(0).apply(document(editor));
		assertTrue(document(editor).get().contains("tau_ca = 12 ms\n"), document(editor).get());
	}

	@Test
	void formatIsIdempotentAndToggleCommentRoundTrips() throws Exception {
		String messy = "package test.format\nsynapse   F {tau_ca=12 ms\n}\n";
		SynPlastEditor editor = Workbench.open(Workbench.write("format.synplast", messy));
		editor.format();
		String formatted = document(editor).get();
		assertNotEquals(messy, formatted);
		assertTrue(formatted.contains("synapse F {"), formatted);
		Workbench.waitForAnalysis(editor);
		editor.format();
		assertEquals(formatted, document(editor).get(), "formatting a formatted file changes nothing");

		int line = document(editor).getLineOfOffset(formatted.indexOf("tau_ca"));
		editor.getSelectionProvider().setSelection(new TextSelection(document(editor).getLineOffset(line), 0));
		editor.toggleComment();
		assertTrue(lineText(document(editor), line).startsWith("//"), lineText(document(editor), line));
		editor.toggleComment();
		assertEquals(formatted, document(editor).get());
	}

	private static String lineText(IDocument d, int line) throws BadLocationException {
		return d.get(d.getLineOffset(line), d.getLineLength(line));
	}
}
