package org.synplast.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synplast.dsl.ide.SynPlastIdeSetup;
import org.synplast.dsl.ide.hover.ParameterDocumentation;
import org.synplast.dsl.tests.SynPlastTesting;

import com.google.inject.Injector;

/** Content assist (keys, units, references per slot) and hover through Xtext's IDE-neutral services. */
class ContentAssistAndHoverTest {

	private static Injector injector;
	private static ExecutorService pool;

	@BeforeAll
	static void setUp() {
		injector = new SynPlastIdeSetup().createInjectorAndDoEMFRegistration();
		pool = Executors.newCachedThreadPool();
	}

	@AfterAll
	static void tearDown() {
		pool.shutdownNow();
	}

	private static XtextResource load(String text) throws Exception {
		XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
		XtextResource r = (XtextResource) rs.createResource(URI.createURI("file:/ide-test/test.synplast"));
		r.load(new StringInputStream(text), null);
		return r;
	}

	/** Proposals at the position of '|' in text. */
	private static List<ContentAssistEntry> proposals(String textWithCursor) throws Exception {
		int offset = textWithCursor.indexOf('|');
		String text = textWithCursor.substring(0, offset) + textWithCursor.substring(offset + 1);
		XtextResource r = load(text);
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(pool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, r);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<ContentAssistEntry> result = new ArrayList<>();
		acceptor.getEntries().forEach(result::add);
		return result;
	}

	private static List<String> texts(List<ContentAssistEntry> entries) {
		return entries.stream().map(ContentAssistEntry::getProposal).toList();
	}

	@Test
	void proposesTheKeysOfTheCurrentBlockWithDocumentation() throws Exception {
		List<ContentAssistEntry> entries = proposals(
				SynPlastTesting.base("        frequency = 10 Hz\n", "        frequency = 10 Hz\n        |\n"));
		List<String> texts = texts(entries);
		assertTrue(texts.contains("post_current"), texts::toString);
		assertFalse(texts.contains("tau_ca"), texts::toString);
		assertTrue(entries.stream().anyMatch(e -> "post_current".equals(e.getProposal())
				&& e.getDocumentation() != null && e.getDocumentation().contains("calibrated")));
	}

	@Test
	void proposesUnitsOfTheSlotsDimension() throws Exception {
		List<String> texts = texts(proposals(SynPlastTesting.base("tau_ca = 12 ms", "tau_ca = 12 |")));
		assertTrue(texts.contains("ms") && texts.contains("s") && texts.contains("min"), texts::toString);
		assertFalse(texts.contains("mV") || texts.contains("mM"), texts::toString);
	}

	@Test
	void proposesReferencesOfTheSlotsKind() throws Exception {
		List<String> texts = texts(proposals(SynPlastTesting.base("    membrane = Mem\n", "    membrane = |\n")));
		assertTrue(texts.contains("Mem"), texts::toString);
		assertFalse(texts.contains("M") || texts.contains("S") || texts.contains("P"), texts::toString);
	}

	@Test
	void hoverExplainsASettingFromTheCatalogue() throws Exception {
		String text = SynPlastTesting.BASE.replace("tau_ca = 12 ms", "tau_ca = 0.012 s");
		XtextResource r = load(text);
		Optional<String> doc = ParameterDocumentation.at(r, text.indexOf("tau_ca") + 2);
		assertTrue(doc.isPresent());
		assertTrue(doc.get().contains("Spine calcium decay") && doc.get().contains("Value: 12.0 ms"), doc.get());
		Optional<String> block = ParameterDocumentation.at(r, text.indexOf("induction") + 1);
		assertTrue(block.isPresent() && block.get().contains("Pairing"), block::toString);
	}
}
