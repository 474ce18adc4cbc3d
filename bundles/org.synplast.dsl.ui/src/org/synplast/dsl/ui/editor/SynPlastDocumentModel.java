package org.synplast.dsl.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.Issue;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.dsl.ui.internal.Highlighting;
import org.synplast.dsl.ui.internal.Validation;

import com.google.inject.Injector;

/**
 * Keeps an {@link XtextResource} in sync with an editor's document: every document change is
 * queued and applied to the resource as an incremental update ({@link XtextResource#update}); a
 * background job re-parses, validates and computes highlighting after a short delay, then tells the
 * listeners. Readers get the resource, up to date with the document, under one lock.
 */
public final class SynPlastDocumentModel implements IDocumentListener {

	/** What one analysis of the document found. */
	public record State(long generation, List<Highlighting.Range> highlighting, List<Issue> issues) {
		/** Copies the lists. */
		public State {
			highlighting = List.copyOf(highlighting);
			issues = List.copyOf(issues);
		}
	}

	private record Edit(int offset, int length, String text) {
	}

	private static final long DELAY_MS = 250;

	private final Injector injector = SynPlastUi.injector();
	private final IDocument document;
	private final XtextResource resource;
	private final Object lock = new Object();
	private final Deque<Edit> pending = new ArrayDeque<>();
	private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
	private final Job job;
	private long generation;
	private volatile String text;
	private volatile State state = new State(0, List.of(), List.of());

	/** A model for a document whose file has the given URI (imports resolve relative to it). */
	public SynPlastDocumentModel(IDocument document, URI uri) {
		this.document = document;
		this.text = document.get();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		resource = (XtextResource) set.createResource(uri);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of());
		} catch (IOException e) {
			throw new IllegalStateException("cannot parse " + uri, e);
		}
		job = Job.create("Validating " + uri.lastSegment(), this::analyse);
		job.setSystem(true);
		document.addDocumentListener(this);
		job.schedule();
	}

	/** Calls a listener (in the analysis job's thread) after every analysis. */
	public void addListener(Consumer<State> listener) {
		listeners.add(listener);
	}

	/** The result of the last analysis. */
	public State state() {
		return state;
	}

	/** Whether an analysis is pending or running. */
	public boolean isBusy() {
		return job.getState() != Job.NONE;
	}

	/** Reads the resource, brought up to date with the document first. */
	public <T> T read(Function<XtextResource, T> reader) {
		synchronized (lock) {
			sync();
			return reader.apply(resource);
		}
	}

	/** The document text the resource reflects after {@link #read}. */
	public String text() {
		return text;
	}

	/** Stops listening to the document and cancels pending analyses. */
	public void dispose() {
		document.removeDocumentListener(this);
		job.cancel();
		listeners.clear();
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// the change is queued once it is applied
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		synchronized (lock) {
			pending.add(new Edit(event.getOffset(), event.getLength(), event.getText()));
			text = event.getDocument().get();
		}
		job.cancel();
		job.schedule(DELAY_MS);
	}

	private void sync() {
		if (pending.isEmpty()) {
			return;
		}
		try {
			while (!pending.isEmpty()) {
				Edit e = pending.poll();
				resource.update(e.offset(), e.length(), e.text());
			}
		} catch (RuntimeException partialParseFailed) {
			pending.clear();
			reparse();
			return;
		}
		if (!text.equals(resource.getParseResult().getRootNode().getText())) {
			reparse();
		}
	}

	private void reparse() {
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private IStatus analyse(IProgressMonitor monitor) {
		State next;
		synchronized (lock) {
			sync();
			List<Issue> issues = Validation.issues(resource, monitor::isCanceled);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			next = new State(++generation, Highlighting.of(resource), issues);
		}
		state = next;
		for (Consumer<State> l : listeners) {
			l.accept(next);
		}
		return Status.OK_STATUS;
	}
}
