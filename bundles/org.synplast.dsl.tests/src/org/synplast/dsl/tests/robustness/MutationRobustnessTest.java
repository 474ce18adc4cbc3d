package org.synplast.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synplast.dsl.tests.ExamplesAccess;
import org.synplast.dsl.tests.SynPlastInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Thousands of mutated versions of the example files (tokens deleted, duplicated, swapped, random
 * bytes, huge numbers, deep nesting, truncation) go through parsing, linking and validation: no
 * exception or error may escape; a broken file must come back as diagnostics.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SynPlastInjectorProvider.class)
class MutationRobustnessTest {

	private static final int MUTANTS = 2000;
	private static final long SEED = 20221138L;
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z_\\u00B5\\u03BC\\u00B0\\u03A9][\\w\\u00B2\\u00B3]*"
			+ "|\\d+(\\.\\d+)?([eE][-+]?\\d+)?|\"[^\"\\n]*\"|\\.\\.|->|\\+-|\\S");
	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private record Mutant(String text, String description) {
	}

	@Test
	void mutatedExamplesOnlyProduceDiagnostics() throws Exception {
		List<Path> files = ExamplesAccess.files();
		assertFalse(files.isEmpty(), "no examples in " + ExamplesAccess.directory());
		List<String> texts = new ArrayList<>();
		for (Path f : files) {
			texts.add(Files.readString(f));
		}
		Random random = new Random(SEED);
		XtextResourceSet rs = resourceSets.get();
		int broken = 0;
		for (int i = 0; i < MUTANTS; i++) {
			int which = random.nextInt(files.size());
			Mutant m = mutate(texts.get(which), random);
			URI uri = URI.createFileURI(files.get(which).resolveSibling("mutant-" + i + ".synplast").toString());
			Resource r = rs.createResource(uri);
			try {
				r.load(new StringInputStream(m.text()), null);
				EcoreUtil.resolveAll(r);
				BasicDiagnostic diagnostics = new BasicDiagnostic();
				for (EObject root : r.getContents()) {
					Diagnostician.INSTANCE.validate(root, diagnostics,
							new java.util.HashMap<>(java.util.Map.of(CheckMode.KEY, CheckMode.ALL)));
				}
				if (!r.getErrors().isEmpty() || diagnostics.getSeverity() >= Diagnostic.ERROR) {
					broken++;
				}
			} catch (Throwable t) {
				throw new AssertionError("mutant " + i + " of " + files.get(which).getFileName() + " ("
						+ m.description() + ") threw " + t, t);
			} finally {
				rs.getResources().remove(r);
			}
		}
		// the mutations are meant to break files: most mutants must be reported, and none crash
		assertTrue(broken > MUTANTS / 2, "only " + broken + " of " + MUTANTS + " mutants were reported");
	}

	private static List<int[]> tokens(String text) {
		List<int[]> result = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			result.add(new int[] { m.start(), m.end() });
		}
		return result;
	}

	private static Mutant mutate(String text, Random random) {
		List<int[]> tokens = tokens(text);
		if (tokens.size() < 2) {
			return new Mutant(text + "{", "append brace");
		}
		int[] a = tokens.get(random.nextInt(tokens.size()));
		int[] b = tokens.get(random.nextInt(tokens.size()));
		switch (random.nextInt(9)) {
		case 0:
			return new Mutant(text.substring(0, a[0]) + text.substring(a[1]), "delete token at " + a[0]);
		case 1:
			return new Mutant(text.substring(0, a[1]) + " " + text.substring(a[0], a[1]) + text.substring(a[1]),
					"duplicate token at " + a[0]);
		case 2: {
			int[] first = a[0] < b[0] ? a : b;
			int[] second = a[0] < b[0] ? b : a;
			if (first[1] > second[0]) {
				return new Mutant(text.substring(0, first[0]) + text.substring(first[1]), "delete token at " + first[0]);
			}
			return new Mutant(text.substring(0, first[0]) + text.substring(second[0], second[1])
					+ text.substring(first[1], second[0]) + text.substring(first[0], first[1])
					+ text.substring(second[1]), "swap tokens at " + first[0] + " and " + second[0]);
		}
		case 3: {
			StringBuilder junk = new StringBuilder();
			int n = 1 + random.nextInt(8);
			for (int k = 0; k < n; k++) {
				junk.append((char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x3000)));
			}
			return new Mutant(text.substring(0, a[0]) + junk + text.substring(a[0]), "random characters at " + a[0]);
		}
		case 4: {
			Matcher m = NUMBER.matcher(text);
			List<int[]> numbers = new ArrayList<>();
			while (m.find()) {
				numbers.add(new int[] { m.start(), m.end() });
			}
			if (numbers.isEmpty()) {
				return new Mutant(text + " 1e999", "append huge number");
			}
			int[] n = numbers.get(random.nextInt(numbers.size()));
			String[] huge = { "1e999", "1e308", "99999999999999999999999999", "0", "4.9e-324", "1e-999",
					"123456789012345678901234567890.5" };
			String h = huge[random.nextInt(huge.length)];
			return new Mutant(text.substring(0, n[0]) + h + text.substring(n[1]), "number at " + n[0] + " -> " + h);
		}
		case 5: {
			Matcher m = NUMBER.matcher(text);
			if (!m.find(a[0])) {
				return new Mutant(text.substring(0, a[0]), "truncate at " + a[0]);
			}
			int depth = 50 + random.nextInt(400);
			String nested = "(".repeat(depth) + m.group() + ")".repeat(depth);
			return new Mutant(text.substring(0, m.start()) + nested + text.substring(m.end()),
					"nest a number " + depth + " deep");
		}
		case 6: {
			int depth = 20 + random.nextInt(300);
			String nested = "induction { ".repeat(depth) + "dt = 1 ms" + " }".repeat(depth);
			int brace = text.indexOf('{', a[0]);
			int at = brace < 0 ? text.length() : brace + 1;
			return new Mutant(text.substring(0, at) + nested + text.substring(at), "nest blocks " + depth + " deep");
		}
		case 7:
			return new Mutant(text.substring(0, a[0]), "truncate at " + a[0]);
		default: {
			int from = a[0];
			int to = Math.min(text.length(), from + 1 + random.nextInt(200));
			return new Mutant(text.substring(0, from) + text.substring(to), "delete characters " + from + ".." + to);
		}
		}
	}
}
