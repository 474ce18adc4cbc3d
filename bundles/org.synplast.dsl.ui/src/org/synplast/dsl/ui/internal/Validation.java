package org.synplast.dsl.ui.internal;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/** Validation of a SynPlast resource (syntax, linking and the language's checks). */
public final class Validation {

	private Validation() {
	}

	/** All issues of the resource; empty if cancelled. */
	public static List<Issue> issues(XtextResource resource, CancelIndicator cancel) {
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
		return cancel.isCanceled() ? List.of() : List.copyOf(issues);
	}
}
