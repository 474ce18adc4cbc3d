package org.synplast.dsl.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** An editor annotation for a validation issue found while typing; keeps the issue for quick fixes. */
public final class IssueAnnotation extends Annotation {

	private final Issue issue;

	/** The annotation of an issue (error, warning or info). */
	public IssueAnnotation(Issue issue) {
		super(typeOf(issue.getSeverity()), false, issue.getMessage());
		this.issue = issue;
	}

	/** The issue. */
	public Issue issue() {
		return issue;
	}

	private static String typeOf(Severity s) {
		return switch (s) {
		case ERROR -> "org.eclipse.ui.workbench.texteditor.error";
		case WARNING -> "org.eclipse.ui.workbench.texteditor.warning";
		default -> "org.eclipse.ui.workbench.texteditor.info";
		};
	}
}
