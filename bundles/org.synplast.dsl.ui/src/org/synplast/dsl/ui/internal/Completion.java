package org.synplast.dsl.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/**
 * Content assist on Xtext's IDE services: contexts from {@link ContentAssistContextFactory}, entries
 * from the language's {@link IdeContentProposalProvider} (keywords, references across imports, units
 * of the slot, parameter names of the block), plus templates for a protocol and an experiment where
 * the grammar allows a new element.
 */
public final class Completion {

	/** A proposal: replace {@code length} characters at {@code offset} by {@code text}. */
	public record Proposal(int offset, int length, String text, String label, String description, int cursor) {
	}

	private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "SynPlast content assist");
		t.setDaemon(true);
		return t;
	});

	/** Templates by the keyword that introduces them. */
	private static final List<String[]> TEMPLATES = List.of(
			new String[] { "protocol", "protocol - induction protocol template", """
					protocol NAME {
					    conditions {
					        ca_o = 2.0 mM
					        mg_o = 1.0 mM
					        temperature = 34 degC
					        blockers = []
					    }
					    baseline {
					        period = 10 s
					        pulses = 60
					    }
					    induction {
					        pre_spikes = 1
					        post_spikes = 1
					        frequency = 1 Hz
					        dt = 10 ms
					        sweeps = 60
					        sweep_period = 1 s
					        post_current = calibrated
					        post_pulse_width = 3 ms
					    }
					    after {
					        period = 10 s
					        pulses = 60
					    }
					    readout {
					        measure = amplitude
					        last = 60
					    }
					}""" },
			new String[] { "experiment", "experiment - experiment template", """
					experiment NAME {
					    connection = CONNECTION
					    protocol = PROTOCOL
					    pairs = 100
					    seed = 1
					    in_vitro {
					        mean = 1.0
					        sem = 0.1
					        n = 10
					        citation = "CITATION"
					    }
					    test = welch
					    alpha = 0.05
					}""" });

	private Completion() {
	}

	/** The proposals at an offset of a resource whose text is {@code text}. */
	public static List<Proposal> at(Injector injector, XtextResource resource, String text, int offset) {
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<Proposal> proposals = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (ContentAssistEntry e : acceptor.getEntries()) {
			String prefix = e.getPrefix() == null ? "" : e.getPrefix();
			if (!seen.add(e.getProposal())) {
				continue;
			}
			int start = offset - prefix.length();
			String label = e.getLabel() != null ? e.getLabel() : e.getProposal();
			proposals.add(new Proposal(start, prefix.length(), e.getProposal(), label, e.getDocumentation(),
					e.getProposal().length()));
			if (ContentAssistEntry.KIND_KEYWORD.equals(e.getKind())) {
				for (String[] t : TEMPLATES) {
					if (t[0].equals(e.getProposal())) {
						String body = t[2];
						proposals.add(new Proposal(start, prefix.length(), body, t[1], body, body.indexOf("NAME")));
					}
				}
			}
		}
		return proposals;
	}
}
