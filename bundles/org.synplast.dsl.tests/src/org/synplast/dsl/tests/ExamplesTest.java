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

/** The product examples in dsl-examples/ (outside errors/) parse and validate without errors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SynPlastInjectorProvider.class)
class ExamplesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void everyExampleValidatesWithoutErrors() throws IOException {
		List<Path> files = Examples.validFiles();
		assertFalse(files.isEmpty(), "no examples found in " + Examples.directory());
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
}
