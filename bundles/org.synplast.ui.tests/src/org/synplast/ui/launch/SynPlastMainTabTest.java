package org.synplast.ui.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationTabGroup;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.synplast.ui.results.Screenshots;
import org.synplast.ui.run.RunRequest;
import org.synplast.ui.run.SynPlastLaunchDelegate;

/** The SynPlast launch configuration tab group and its main tab: attributes in, attributes out. */
class SynPlastMainTabTest {

	private static final String SOURCE = """
			package tabtest
			experiment first {
			    pairs = 3
			}
			experiment second {
			}
			sweep grid {
			    experiment = first
			}
			""";

	private Shell shell;
	private SynPlastMainTab tab;
	private IFile file;
	private ILaunchConfigurationType type;

	@BeforeEach
	void setUp() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("launch-tab");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		file = project.getFile("runs.synplast");
		if (!file.exists()) {
			file.create(new ByteArrayInputStream(SOURCE.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		type = DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(SynPlastLaunchDelegate.TYPE);
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout());
		shell.setText("SynPlast run configuration");
		tab = new SynPlastMainTab();
		tab.createControl(shell);
		shell.setSize(640, 320);
		shell.open();
	}

	@AfterEach
	void tearDown() {
		tab.dispose();
		shell.dispose();
	}

	@Test
	void tabGroupOfTheLaunchTypeHasTheSynPlastTab() throws Exception {
		IConfigurationElement element = Arrays.stream(Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.debug.ui.launchConfigurationTabGroups"))
				.filter(e -> SynPlastLaunchDelegate.TYPE.equals(e.getAttribute("type"))).findFirst().orElseThrow();
		ILaunchConfigurationTabGroup group = (ILaunchConfigurationTabGroup) element.createExecutableExtension("class");
		group.createTabs(null, "run");
		assertEquals(2, group.getTabs().length);
		assertInstanceOf(SynPlastMainTab.class, group.getTabs()[0]);
		assertInstanceOf(CommonTab.class, group.getTabs()[1]);
		group.dispose();
	}

	@Test
	void loadsTheAttributesAndSavesThemBack() throws Exception {
		ILaunchConfigurationWorkingCopy in = type.newInstance(null, "tab-in");
		in.setAttribute(SynPlastLaunchDelegate.FILE, file.getFullPath().toString());
		in.setAttribute(SynPlastLaunchDelegate.KIND, RunRequest.Kind.EXPERIMENT.name());
		in.setAttribute(SynPlastLaunchDelegate.ELEMENT, "second");
		in.setAttribute(SynPlastLaunchDelegate.PAIRS, 7);
		in.setAttribute(SynPlastLaunchDelegate.SEED, "42");
		in.setAttribute(SynPlastLaunchDelegate.THREADS, 2);
		tab.initializeFrom(in);
		assertArrayEquals(new String[] { "first", "second" }, tab.elementChoices());
		assertTrue(tab.isValid(in), tab.getErrorMessage());
		Screenshots.save(shell, "launch-tab");

		ILaunchConfigurationWorkingCopy out = type.newInstance(null, "tab-out");
		tab.performApply(out);
		assertEquals(in.getAttributes(), out.getAttributes());
		RunRequest request = SynPlastLaunchDelegate.requestOf(out);
		assertEquals(new RunRequest(file, RunRequest.Kind.EXPERIMENT, "second", 2, 7, 42L), request);
	}

	@Test
	void emptyPairsAndSeedMeanTheFilesValuesAndAllOfAKindHasNoElement() throws Exception {
		ILaunchConfigurationWorkingCopy out = type.newInstance(null, "tab-all");
		out.setAttribute(SynPlastLaunchDelegate.PAIRS, 5);
		out.setAttribute(SynPlastLaunchDelegate.SEED, "9");
		tab.enter(file.getFullPath().toString(), RunRequest.Kind.ALL_SWEEPS, "grid", "", "", 1);
		assertTrue(tab.isValid(out), tab.getErrorMessage());
		tab.performApply(out);
		assertEquals(RunRequest.Kind.ALL_SWEEPS.name(), out.getAttribute(SynPlastLaunchDelegate.KIND, ""));
		assertFalse(out.hasAttribute(SynPlastLaunchDelegate.ELEMENT));
		assertFalse(out.hasAttribute(SynPlastLaunchDelegate.PAIRS));
		assertFalse(out.hasAttribute(SynPlastLaunchDelegate.SEED));
		RunRequest request = SynPlastLaunchDelegate.requestOf(out);
		assertNull(request.pairs());
		assertNull(request.seed());
		assertEquals(1, request.threads());

		tab.enter(file.getFullPath().toString(), RunRequest.Kind.SWEEP, "grid", "", "", 1);
		assertArrayEquals(new String[] { "grid" }, tab.elementChoices());
	}

	@Test
	void aSuiteRunsTheFilesOfAFolder() throws Exception {
		IProject project = file.getProject();
		ILaunchConfigurationWorkingCopy out = type.newInstance(null, "tab-suite");
		tab.enter(project.getFullPath().toString(), RunRequest.Kind.SUITE, "", "", "", 2);
		assertTrue(tab.isValid(out), tab.getErrorMessage());
		tab.performApply(out);
		assertFalse(out.hasAttribute(SynPlastLaunchDelegate.ELEMENT));
		assertEquals(new RunRequest(project, RunRequest.Kind.SUITE, null, 2), SynPlastLaunchDelegate.requestOf(out));

		tab.enter(file.getFullPath().toString(), RunRequest.Kind.SUITE, "", "", "", 2);
		assertFalse(tab.isValid(out));
		assertTrue(tab.getErrorMessage().contains("is not a folder"), tab.getErrorMessage());
		tab.performApply(out);
		assertThrows(CoreException.class, () -> SynPlastLaunchDelegate.requestOf(out), "a file is not a suite");
		tab.enter("/", RunRequest.Kind.SUITE, "", "", "", 2);
		assertFalse(tab.isValid(out), "the workspace root holds projects, not study files");
	}

	@Test
	void rejectsInvalidEntries() throws Exception {
		ILaunchConfigurationWorkingCopy c = type.newInstance(null, "tab-invalid");
		String path = file.getFullPath().toString();
		tab.enter(path, RunRequest.Kind.EXPERIMENT, "first", "0", "", 1);
		assertFalse(tab.isValid(c));
		assertTrue(tab.getErrorMessage().startsWith("Pairs"), tab.getErrorMessage());
		tab.enter(path, RunRequest.Kind.EXPERIMENT, "first", "", "-1", 1);
		assertFalse(tab.isValid(c));
		assertTrue(tab.getErrorMessage().contains("seed"), tab.getErrorMessage());
		tab.enter(path, RunRequest.Kind.EXPERIMENT, "", "", "", 1);
		assertFalse(tab.isValid(c));
		assertTrue(tab.getErrorMessage().contains("experiment"), tab.getErrorMessage());
		tab.enter("/launch-tab/missing.synplast", RunRequest.Kind.ALL_EXPERIMENTS, "", "", "", 1);
		assertFalse(tab.isValid(c));
		assertTrue(tab.getErrorMessage().contains("missing.synplast"), tab.getErrorMessage());
		tab.enter(path, RunRequest.Kind.EXPERIMENT, "first", "12", "3", 1);
		assertTrue(tab.isValid(c), tab.getErrorMessage());
	}
}
