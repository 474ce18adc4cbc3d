package org.synplast.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.synplast.dsl.ui.internal.References;

/**
 * The results of Find References (Ctrl+Shift+G in the SynPlast editor): one row per reference with
 * its file, line and the line's text; double-click (or Enter) opens the reference in the editor.
 */
public class ReferencesView extends ViewPart {

	/** Identifier of the view (plugin.xml). */
	public static final String ID = "org.synplast.dsl.ui.referencesView";

	private Label title;
	private TableViewer table;
	private List<FindReferences.Found> shown = List.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.NONE);
		title.setText("Use Find References (Ctrl+Shift+G) on a SynPlast element.");
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column("File", 260, f -> f.file().getFullPath().makeRelative().toString());
		column("Line", 60, f -> Integer.toString(f.reference().line()));
		column("Text", 500, f -> f.reference().lineText());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addOpenListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof FindReferences.Found f) {
				Navigation.open(getSite().getPage(), f.reference().location());
			}
		});
		getSite().setSelectionProvider(table);
	}

	private void column(String name, int width, java.util.function.Function<FindReferences.Found, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
		c.getColumn().setText(name);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((FindReferences.Found) element);
			}
		});
	}

	/** Shows the references to a target. */
	public void show(References.Target target, List<FindReferences.Found> found) {
		shown = List.copyOf(found);
		title.setText(found.size() + (found.size() == 1 ? " reference to " : " references to ") + target.label());
		table.setInput(shown);
	}

	/** The references shown. */
	public List<FindReferences.Found> shown() {
		return shown;
	}

	/** The heading (what was searched and how many were found). */
	public String heading() {
		return title.getText();
	}

	/** Opens the i-th reference as a double-click does. */
	public void open(int index) {
		Navigation.open(getSite().getPage(), shown.get(index).reference().location());
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
