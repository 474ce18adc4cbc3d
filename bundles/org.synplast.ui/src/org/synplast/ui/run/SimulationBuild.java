package org.synplast.ui.run;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.synplast.compiler.SynPlastCompiler;
import org.synplast.dsl.synPlast.Model;
import org.synplast.engine.cell.Cell;
import org.synplast.experiment.run.ExperimentRunner;
import org.synplast.report.BuildDigest;

/**
 * What identifies the simulation code in the Studio's pair journals (see
 * {@link org.synplast.experiment.run.RunInfo#build()}): a SHA-256 over the name and content of
 * every class of the bundles that read, compile and simulate a study (language, compiler,
 * experiments, engine), and over the name and version of every bundle they are wired to (Xtext,
 * EMF, the numerical libraries). A rebuild of the same sources keeps a journal's pairs; a change to
 * any of that code, or another library version, simulates them again.
 */
final class SimulationBuild {

	private static final List<Class<?>> SIMULATION = List.of(Model.class, SynPlastCompiler.class,
			ExperimentRunner.class, Cell.class);
	private static String id;

	private SimulationBuild() {
	}

	/**
	 * @return {@code VERSION+sha256:…}, with {@link SynPlastRunJob#VERSION}; computed once
	 * @throws IOException when the classes of the simulation bundles cannot be read
	 */
	static synchronized String id() throws IOException {
		if (id == null) {
			id = digest().build(SynPlastRunJob.VERSION);
		}
		return id;
	}

	private static BuildDigest digest() throws IOException {
		BuildDigest digest = new BuildDigest();
		TreeSet<String> libraries = new TreeSet<>();
		for (Class<?> type : SIMULATION) {
			Bundle bundle = FrameworkUtil.getBundle(type);
			digest.name(bundle.getSymbolicName());
			TreeMap<String, URL> classes = classes(bundle);
			if (classes.isEmpty()) {
				throw new IOException("no class files found in bundle " + bundle.getSymbolicName() + " at "
						+ bundle.getLocation());
			}
			for (var entry : classes.entrySet()) {
				try (InputStream in = entry.getValue().openStream()) {
					digest.file(entry.getKey(), in.readAllBytes());
				}
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				Bundle provider = wire.getProviderWiring().getBundle();
				libraries.add(provider.getSymbolicName() + " " + provider.getVersion());
			}
		}
		libraries.forEach(digest::name);
		return digest;
	}

	/** The bundle's class files by path, in path order. */
	private static TreeMap<String, URL> classes(Bundle bundle) {
		TreeMap<String, URL> classes = new TreeMap<>();
		Enumeration<URL> found = bundle.findEntries("/", "*.class", true);
		while (found != null && found.hasMoreElements()) {
			URL url = found.nextElement();
			classes.put(url.getPath(), url);
		}
		return classes;
	}
}
