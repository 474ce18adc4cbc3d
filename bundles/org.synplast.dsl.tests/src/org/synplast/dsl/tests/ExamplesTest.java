package org.synplast.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The product examples: files in dsl-examples/ outside errors/ parse and validate without errors;
 * each file in errors/ produces exactly the diagnostics its `// expect: error at line N: code` lines
 * state (errors and warnings).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SynPlastInjectorProvider.class)
class ExamplesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void everyExampleValidatesWithoutErrors() throws IOException {
		List<Path> files = ExamplesAccess.validFiles();
		assertFalse(files.isEmpty(), "no examples found in " + ExamplesAccess.directory());
		XtextResourceSet rs = resourceSets.get();
		StringBuilder problems = new StringBuilder();
		for (Path f : files) {
			XtextResource r = (XtextResource) rs.getResource(URI.createFileURI(f.toAbsolutePath().toString()), true);
			List<Issue> issues = r.getResourceServiceProvider().getResourceValidator().validate(r, CheckMode.ALL,
					CancelIndicator.NullImpl);
			for (Issue i : issues) {
				if (i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR) {
					problems.append(f.getFileName()).append(':').append(i.getLineNumber()).append(' ')
							.append(i.getMessage()).append('\n');
				}
			}
		}
		assertEquals("", problems.toString());
	}

	private static final java.util.regex.Pattern EXPECT = java.util.regex.Pattern
			.compile("//\\s*expect:\\s*(error|warning) at line (\\d+):\\s*(\\S+)");

	@Test
	void everyErrorExampleProducesExactlyItsStatedDiagnostics() throws IOException {
		List<Path> valid = ExamplesAccess.validFiles();
		List<Path> files = ExamplesAccess.files().stream().filter(p -> !valid.contains(p)).toList();
		assertFalse(files.isEmpty(), "no error examples");
		StringBuilder mismatches = new StringBuilder();
		for (Path f : files) {
			java.util.Set<String> expected = new java.util.TreeSet<>();
			java.util.regex.Matcher m = EXPECT.matcher(java.nio.file.Files.readString(f));
			while (m.find()) {
				expected.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
			}
			XtextResource r = (XtextResource) resourceSets.get()
					.getResource(URI.createFileURI(f.toAbsolutePath().toString()), true);
			java.util.Set<String> actual = new java.util.TreeSet<>();
			for (Issue i : r.getResourceServiceProvider().getResourceValidator().validate(r, CheckMode.ALL,
					CancelIndicator.NullImpl)) {
				if (i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR
						|| i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.WARNING) {
					actual.add(i.getSeverity().name().toLowerCase() + " " + i.getLineNumber() + " " + i.getCode());
				}
			}
			if (!expected.equals(actual) || expected.isEmpty()) {
				mismatches.append(f.getFileName()).append(": expected ").append(expected).append(" but got ")
						.append(actual).append('\n');
			}
		}
		assertEquals("", mismatches.toString());
	}
}
