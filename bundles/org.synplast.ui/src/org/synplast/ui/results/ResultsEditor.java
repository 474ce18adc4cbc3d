package org.synplast.ui.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.jfree.chart.JFreeChart;
import org.synplast.compiler.Compilation;
import org.synplast.compiler.SynPlastCompiler;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.Provenance;
import org.synplast.experiment.results.ResultsFile;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SweepResult;
import org.synplast.report.chart.Charts;
import org.synplast.report.data.RatioComparison;
import org.synplast.report.html.HtmlReport;
import org.synplast.report.results.CsvTables;
import org.synplast.report.results.DistanceSeries;
import org.synplast.report.results.RunReports;

/**
 * The results editor of a {@code .synres} file: summary (in silico vs in vitro, Welch p, verdict;
 * double-click reveals the experiment's definition), in silico vs in vitro chart, EPSP time course,
 * per-pair drill-down with the traced pair's ρ, c*, [Ca]i and voltage, sweep heat maps, the EPSP
 * ratio against synapse path distance of experiments that differ only in their band of it, and the
 * report's tables (each sweep's grid of ratios, the synapse outcomes by dendrite). Charts and
 * tables are org.synplast.report's, drawn in SWT; exports PNG/SVG, CSV and the HTML report.
 */
public class ResultsEditor extends MultiPageEditorPart {

	/** Editor identifier (plugin.xml). */
	public static final String ID = "org.synplast.ui.results";

	private RunResults results;
	private Label provenance;
	private Table summary;
	private Table data;
	private final Map<String, ProtocolPlan> protocols = new HashMap<>();
	private final List<List<ExperimentPlan>> plansByFile = new ArrayList<>();
	private final List<ChartCanvas> charts = new ArrayList<>();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput f)) {
			throw new PartInitException("SynPlast results open from workspace files only");
		}
		try {
			results = ResultsFile.read(f.getFile().getLocation().toFile().toPath());
		} catch (ExperimentException e) {
			throw new PartInitException("Cannot read " + f.getFile().getName() + ": " + e.getMessage());
		}
		super.init(site, input);
		setPartName(f.getFile().getParent().getName() + "/" + f.getFile().getName());
		sourceFiles().forEach(this::loadProtocols);
	}

	/** The results shown. */
	public RunResults results() {
		return results;
	}

	/** The line above the summary table: version, start, pairs and where they came from, time step, wall time. */
	public String provenanceLine() {
		return provenance.getText();
	}

	/** The summary table (one row per experiment). */
	public Table summaryTable() {
		return summary;
	}

	/** The table shown on the Tables page (the report's tables, one at a time), or null before the page exists. */
	public Table reportTable() {
		return data;
	}

	/** The titles of the pages, in tab order. */
	public List<String> pageTitles() {
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < getPageCount(); i++) {
			titles.add(getPageText(i));
		}
		return titles;
	}

	/** Shows a page (0: summary, then the charts in tab order, then the report's tables). */
	public void showPage(int index) {
		setActivePage(index);
	}

	/** The charts created so far (pages create theirs when built). */
	public List<ChartCanvas> charts() {
		return List.copyOf(charts);
	}

	@Override
	protected void createPages() {
		setPageText(addPage(summaryPage(getContainer())), "Summary");
		if (!results.experiments().isEmpty()) {
			List<RatioComparison> comparisons = results.experiments().stream().map(RunReports::comparison)
					.flatMap(Optional::stream).toList();
			setPageText(addPage(chartPage(getContainer(), Charts.ratioBars("In silico vs in vitro", comparisons))),
					"In silico vs in vitro");
			setPageText(addPage(chartSelectorPage(getContainer(), results.experiments(), r -> Optional
					.ofNullable(protocols.get(r.name())).flatMap(p -> RunReports.timeCourse(r, p))
					.map(Charts::epspTimeCourse))), "EPSP time course");
			setPageText(addPage(chartSelectorPage(getContainer(), results.experiments(),
					r -> RunReports.traces(r).map(Charts::synapseTraces))), "Pairs");
		}
		for (SweepResult s : results.sweeps()) {
			setPageText(addPage(chartPage(getContainer(), Charts.sweepHeatMaps(s.name(), RunReports.grids(s)))),
					"Sweep " + s.name());
		}
		Map<String, ExperimentResult> byName = new HashMap<>();
		results.experiments().forEach(r -> byName.put(r.name(), r));
		for (List<ExperimentPlan> plans : plansByFile) {
			for (DistanceSeries s : DistanceSeries.find(plans.stream().filter(p -> byName.containsKey(p.name()))
					.toList())) {
				RunReports.distanceFigure(s, byName::get).ifPresent(f -> setPageText(addPage(chartPage(getContainer(),
						f.chart())), "Distance " + s.name()));
			}
		}
		List<org.synplast.report.html.Table> tables = RunReports.tables(results);
		if (!tables.isEmpty()) {
			setPageText(addPage(tablesPage(getContainer(), tables)), "Tables");
		}
	}

	/**
	 * The report's tables (each sweep's grid of ratios, the synapse outcomes by dendrite), one at a
	 * time: a selector, the table's note, the table.
	 */
	private Control tablesPage(Composite parent, List<org.synplast.report.html.Table> tables) {
		return selectorPage(parent, tables.stream().map(org.synplast.report.html.Table::heading).toList(),
				(holder, index) -> {
					org.synplast.report.html.Table table = tables.get(index);
					Composite box = new Composite(holder, SWT.NONE);
					box.setLayout(new GridLayout(1, false));
					Label note = new Label(box, SWT.WRAP);
					note.setText(table.note());
					note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
					data = new Table(box, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
					data.setHeaderVisible(true);
					data.setLinesVisible(true);
					data.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
					for (org.synplast.report.html.Table.Column c : table.columns()) {
						boolean text = data.getColumnCount() == 0 || !c.cellClass().isEmpty();
						new TableColumn(data, text ? SWT.LEFT : SWT.RIGHT).setText(c.header());
					}
					for (List<String> row : table.rows()) {
						new TableItem(data, SWT.NONE).setText(row.toArray(String[]::new));
					}
					for (TableColumn c : data.getColumns()) {
						c.pack();
					}
				});
	}

	private Control summaryPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		provenance = new Label(page, SWT.WRAP);
		provenance.setText(provenance(results));
		provenance.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		summary = new Table(page, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		summary.setHeaderVisible(true);
		summary.setLinesVisible(true);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		for (String c : List.of("Experiment", "Connection", "Protocol", "Valid pairs", "In silico (mean ± SEM)",
				"In vitro (mean ± SEM)", "Welch p", "Verdict")) {
			new TableColumn(summary, SWT.LEFT).setText(c);
		}
		for (ExperimentResult r : results.experiments()) {
			addRow(r.name(), r);
		}
		for (SweepResult s : results.sweeps()) {
			for (SweepResult.Point p : s.points()) {
				addRow(p.result().name(), p.result());
			}
		}
		for (TableColumn c : summary.getColumns()) {
			c.pack();
		}
		summary.addListener(SWT.DefaultSelection, e -> {
			if (summary.getSelectionIndex() >= 0) {
				revealDefinition((String) summary.getItem(summary.getSelectionIndex()).getData());
			}
		});
		button(page, "Export experiments CSV...", () -> exportText("experiments.csv",
				CsvTables.experiments(results)));
		button(page, "Export pairs CSV...", () -> exportText("pairs.csv", CsvTables.pairs(results)));
		button(page, "Export HTML report...", () -> {
			String target = ask("report.html", "*.html");
			if (target != null) {
				try {
					exportReport(Path.of(target));
				} catch (IOException e) {
					MessageDialog.openError(getSite().getShell(), "Export", "Cannot write " + target + ": "
							+ e.getMessage());
				}
			}
		});
		return page;
	}

	private void addRow(String name, ExperimentResult r) {
		TableItem item = new TableItem(summary, SWT.NONE);
		item.setData(name);
		String vitro = r.inVitro() == null ? "" : meanSem(r.inVitro().meanRatio(), r.inVitro().sem());
		String p = r.test() == null ? "" : Charts.formatP(r.test().p());
		item.setText(new String[] { name, r.connection(), r.protocol(), Integer.toString(r.valid()),
				meanSem(r.inSilico().mean(), r.inSilico().sem()), vitro, p, RunReports.verdict(r) });
	}

	private static String provenance(RunResults results) {
		Provenance p = results.provenance();
		return String.format(Locale.ROOT, "SynPlast %s, started %s: %d pairs, %s; time step %s ms, %.1f s wall",
				p.synplastVersion(), p.startedUtc(), RunReports.pairs(results), RunReports.origin(results),
				CsvTables.number(p.dtMs()), p.wallTimeSeconds());
	}

	private static String meanSem(double mean, double sem) {
		return String.format(Locale.ROOT, "%.3f ± %.3f", mean, sem);
	}

	private Control chartPage(Composite parent, JFreeChart chart) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		ChartCanvas canvas = new ChartCanvas(page, chart);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		charts.add(canvas);
		button(page, "Export PNG...", () -> exportChart(canvas, "png"));
		button(page, "Export SVG...", () -> exportChart(canvas, "svg"));
		return page;
	}

	/** A page with an experiment selector above the chart of the selected experiment. */
	private Control chartSelectorPage(Composite parent, List<ExperimentResult> rows,
			Function<ExperimentResult, Optional<JFreeChart>> chartOf) {
		return selectorPage(parent, rows.stream().map(ExperimentResult::name).toList(), (holder, index) -> {
			ExperimentResult r = rows.get(index);
			Optional<JFreeChart> chart = chartOf.apply(r);
			if (chart.isPresent()) {
				chartPage(holder, chart.get());
			} else {
				new Label(holder, SWT.WRAP).setText("No data for " + r.name()
						+ " (no valid pair, no recorded trace, or its definition is not in the workspace).");
			}
		});
	}

	/**
	 * A page with a selector above what {@code content} builds into a holder for the selected item
	 * (index into {@code items}), built again on every selection.
	 */
	private Control selectorPage(Composite parent, List<String> items, BiConsumer<Composite, Integer> content) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Combo combo = new Combo(page, SWT.READ_ONLY);
		items.forEach(combo::add);
		Composite holder = new Composite(page, SWT.NONE);
		holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		holder.setLayout(new org.eclipse.swt.layout.FillLayout());
		Runnable show = () -> {
			for (Control c : holder.getChildren()) {
				charts.removeIf(x -> x.getParent() == c);
				c.dispose();
			}
			content.accept(holder, Math.max(0, combo.getSelectionIndex()));
			holder.layout(true, true);
		};
		combo.addListener(SWT.Selection, e -> show.run());
		combo.select(0);
		show.run();
		return page;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private void exportChart(ChartCanvas canvas, String extension) {
		String target = ask("chart." + extension, "*." + extension);
		if (target != null) {
			try {
				canvas.export(Path.of(target));
			} catch (IOException e) {
				MessageDialog.openError(getSite().getShell(), "Export", "Cannot write " + target + ": "
						+ e.getMessage());
			}
		}
	}

	/**
	 * Writes the run's HTML report, as the command line writes it (summary, the report's tables and
	 * charts, self-contained with inline SVG).
	 *
	 * @param file the report file
	 * @throws IOException when it cannot be written
	 */
	public void exportReport(Path file) throws IOException {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("results", getPartName());
		settings.put("run", provenance(results));
		HtmlReport.write(RunReports.of(results, "SynPlast results: " + getPartName(),
				String.join(", ", results.provenance().sourceSha256().keySet()), protocols, settings), file);
	}

	private void exportText(String name, String text) {
		String target = ask(name, "*.csv");
		if (target != null) {
			try {
				Files.writeString(Path.of(target), text, StandardCharsets.UTF_8);
			} catch (IOException e) {
				MessageDialog.openError(getSite().getShell(), "Export", "Cannot write " + target + ": "
						+ e.getMessage());
			}
		}
	}

	private String ask(String name, String filter) {
		FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
		d.setFileName(name);
		d.setFilterExtensions(new String[] { filter });
		d.setOverwrite(true);
		return d.open();
	}

	/** The workspace source files recorded in the provenance (a suite's are several) that still exist. */
	private List<IFile> sourceFiles() {
		return results.provenance().sourceSha256().keySet().stream().sorted()
				.map(k -> ResourcesPlugin.getWorkspace().getRoot().findMember(k)).filter(IFile.class::isInstance)
				.map(IFile.class::cast).toList();
	}

	private void loadProtocols(IFile file) {
		XtextResource resource = load(file);
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model m) {
			Compilation c = new SynPlastCompiler().compile(m);
			for (ExperimentPlan p : c.experiments()) {
				protocols.put(p.name(), p.protocol());
			}
			plansByFile.add(c.experiments());
		}
	}

	private static XtextResource load(IFile file) {
		XtextResourceSet set = SynPlastUi.injector().getInstance(XtextResourceSet.class);
		return (XtextResource) set.getResource(URI.createURI(file.getLocationURI().toString()), true);
	}

	/** Opens the definition of an experiment (or sweep point's sweep) in the SynPlast editor. */
	public void revealDefinition(String name) {
		List<IFile> files = sourceFiles();
		if (files.isEmpty()) {
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(
					"The source of these results is not in the workspace");
			return;
		}
		IFile file = files.get(0);
		Optional<Element> element = Optional.empty();
		for (IFile f : files) {
			Optional<Element> defined = definition(f, name);
			if (defined.isPresent()) {
				file = f;
				element = defined;
				break;
			}
		}
		try {
			IEditorPart part = IDE.openEditor(getSite().getPage(), file, SynPlastUi.EDITOR_ID);
			if (element.isPresent() && part instanceof org.eclipse.ui.texteditor.ITextEditor t) {
				var node = NodeModelUtils.getNode(element.get());
				t.selectAndReveal(node.getOffset(), node.getLength());
			}
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "SynPlast", e.getMessage());
		}
	}

	/** The experiment of a file with this name, or the sweep of a sweep point with this name. */
	private Optional<Element> definition(IFile file, String name) {
		XtextResource resource = load(file);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return Optional.empty();
		}
		return model.getElements().stream().filter(e -> name.equals(e.getName())
				|| results.sweeps().stream().anyMatch(s -> s.name().equals(e.getName())
						&& s.points().stream().anyMatch(p -> p.result().name().equals(name))))
				.findFirst();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// results files are read-only
	}

	@Override
	public void doSaveAs() {
		// results files are read-only
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return false;
	}
}
