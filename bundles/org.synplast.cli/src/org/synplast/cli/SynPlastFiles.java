package org.synplast.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.synplast.dsl.SynPlastStandaloneSetup;

import com.google.inject.Injector;

/** Loads {@code .synplast} files with the language's standalone setup and validates them. */
final class SynPlastFiles {

    private static final String EXTENSION = ".synplast";

    private final Injector injector = new SynPlastStandaloneSetup().createInjectorAndDoEMFRegistration();

    /**
     * Checks that the file exists, is readable and is a SynPlast file.
     *
     * @param file the file as the user named it
     * @throws UserError when it is not
     */
    static void requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw new UserError("file not found: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UserError("not a readable file: " + file);
        }
        if (!file.getFileName().toString().endsWith(EXTENSION)) {
            throw new UserError("not a SynPlast file (expected " + EXTENSION + "): " + file);
        }
    }

    /**
     * Loads a file, with the files it imports, in a fresh resource set.
     *
     * @param file a readable SynPlast file
     * @return its resource, with all cross-references resolved
     */
    Resource load(Path file) {
        requireReadable(file);
        XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
        resources.addLoadOption(XtextResource.OPTION_RESOLVE_ALL, Boolean.TRUE);
        return resources.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
    }

    /**
     * Validates a file: syntax, references and every check of the language.
     *
     * @param file     the file as the user named it
     * @param resource its loaded resource
     * @return the diagnostics, by position
     */
    static List<Diagnostic> validate(Path file, Resource resource) {
        XtextResource xtext = (XtextResource) resource;
        List<Issue> issues = xtext.getResourceServiceProvider().getResourceValidator()
                .validate(xtext, CheckMode.ALL, CancelIndicator.NullImpl);
        List<Diagnostic> out = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            out.add(new Diagnostic(file.toString(), orOne(issue.getLineNumber()), orOne(issue.getColumn()),
                    issue.getSeverity().name().toLowerCase(Locale.ROOT), issue.getMessage(),
                    issue.getCode() == null ? "" : issue.getCode()));
        }
        out.sort(Diagnostic.BY_POSITION);
        return out;
    }

    private static int orOne(Integer value) {
        return value == null || value < 1 ? 1 : value;
    }
}
