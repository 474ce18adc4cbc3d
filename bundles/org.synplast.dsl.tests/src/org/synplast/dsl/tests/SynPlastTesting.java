package org.synplast.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.synplast.dsl.synPlast.Model;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parsing and validation helpers shared by the tests (injected). */
public class SynPlastTesting {

	/** A small complete and valid document: every element kind, every required setting. */
	public static final String BASE = """
			package t

			synapse S {
			    tau_ca = 12 ms
			}

			morphology M {
			    soma { length = 20 um  diameter = 20 um }
			    basal { trees = 4  length = 200 um  diameter = 1 um  tip_diameter = 0.5 um  branch_order = 2 }
			    apical { length = 800 um  trunk_length = 500 um  diameter = 3 um  tip_diameter = 1 um  branch_order = 3 }
			}

			membrane Mem {
			    all { g_pas = 3e-5 S/cm2 }
			}

			cell C {
			    morphology = M
			    membrane = Mem
			}

			connection K : C -> C {
			    synapse = S
			    synapses = 5
			    U = 0.5 ± 0.1
			    D = 600 ms ± 100 ms
			    F = 20 ms ± 5 ms
			    Nrrp = 2
			    gsyn = 1 nS ± 0.5 nS
			    nmda_ampa_ratio = 0.5
			    spine_volume = 0.1 um3 ± 0.05 um3
			}

			protocol P {
			    induction {
			        pre_spikes = 5
			        post_spikes = 5
			        frequency = 10 Hz
			        dt = 10 ms
			        sweeps = 10
			        sweep_period = 4 s
			    }
			}

			experiment X {
			    connection = K
			    protocol = P
			}
			""";

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validator;

	@Inject
	private Provider<ResourceSet> resourceSets;

	/** BASE with one replacement (which must apply). */
	public static String base(String old, String replacement) {
		assertTrue(BASE.contains(old), "BASE does not contain " + old);
		return BASE.replace(old, replacement);
	}

	/** Parses text (no syntax errors allowed) into a fresh resource set. */
	public Model parse(String text) throws Exception {
		return parse(text, "file:/synplast-test/test.synplast", resourceSets.get());
	}

	/** Parses text under a URI into a resource set (no syntax errors allowed). */
	public Model parse(String text, String uri, ResourceSet rs) throws Exception {
		Model m = parser.parse(text, URI.createURI(uri), rs);
		assertTrue(m.eResource().getErrors().isEmpty(), () -> "syntax errors: " + m.eResource().getErrors());
		return m;
	}

	/** A fresh resource set. */
	public ResourceSet resourceSet() {
		return resourceSets.get();
	}

	/** All issues of a model. */
	public List<Issue> issues(Model m) {
		return validator.validate(m);
	}

	/** Issues of a model with a code. */
	public List<Issue> issues(Model m, String code) {
		return issues(m).stream().filter(i -> code.equals(i.getCode())).collect(Collectors.toList());
	}

	/** Asserts the text produces at least one issue with the code. */
	public List<Issue> assertFires(String text, String code) throws Exception {
		Model m = parse(text);
		List<Issue> found = issues(m, code);
		assertTrue(!found.isEmpty(), () -> "expected " + code + " but got " + describe(issues(m)));
		return found;
	}

	/** Asserts the text produces no issue with the code. */
	public void assertQuiet(String text, String code) throws Exception {
		Model m = parse(text);
		List<Issue> found = issues(m, code);
		assertTrue(found.isEmpty(), () -> "expected no " + code + " but got " + describe(found));
	}

	/** Issues as text. */
	public static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ": " + i.getCode() + " " + i.getMessage())
				.collect(Collectors.joining("\n", "[\n", "\n]"));
	}
}
