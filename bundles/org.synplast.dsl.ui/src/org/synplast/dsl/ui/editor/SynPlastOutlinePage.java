package org.synplast.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.synplast.dsl.model.Settings;
import org.synplast.dsl.synPlast.Body;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Item;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.synPlast.Setting;

/** Outline: the file's elements and their blocks; selecting an entry selects it in the editor. */
public final class SynPlastOutlinePage extends ContentOutlinePage {

	/** An outline entry: label, source region and children. */
	public record Entry(String label, int offset, int length, List<Entry> children) {
		/** Copies the children. */
		public Entry {
			children = List.copyOf(children);
		}
	}

	private final SynPlastEditor editor;

	SynPlastOutlinePage(SynPlastEditor editor) {
		this.editor = editor;
	}

	/** The outline entries of a resource. */
	public static List<Entry> entries(XtextResource resource) {
		List<Entry> entries = new ArrayList<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model m) {
			for (Element e : m.getElements()) {
				INode n = NodeModelUtils.getNode(e);
				entries.add(new Entry(Settings.kindOf(e) + " " + e.getName(), n.getOffset(), n.getLength(),
						blocks(e.getBody())));
			}
		}
		return entries;
	}

	private static List<Entry> blocks(Body body) {
		List<Entry> entries = new ArrayList<>();
		if (body != null) {
			for (Item i : body.getItems()) {
				if (i instanceof Setting s && s.getBody() != null) {
					INode n = NodeModelUtils.getNode(s);
					entries.add(new Entry(String.join(".", Settings.keys(s)), n.getOffset(), n.getLength(),
							blocks(s.getBody())));
				}
			}
		}
		return entries;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((Entry) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Entry) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Entry) element).label();
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Entry entry) {
				editor.selectAndReveal(entry.offset(), 0);
			}
		});
		refresh();
	}

	/** Rebuilds the tree from the editor's resource (UI thread). */
	void refresh() {
		TreeViewer viewer = getTreeViewer();
		SynPlastDocumentModel model = editor.model();
		if (viewer == null || viewer.getControl().isDisposed() || model == null) {
			return;
		}
		viewer.setInput(model.read(SynPlastOutlinePage::entries));
		viewer.expandToLevel(2);
	}
}
