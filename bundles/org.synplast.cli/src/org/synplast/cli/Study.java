package org.synplast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.synplast.compiler.Compilation;
import org.synplast.compiler.CompilerDiagnostic;
import org.synplast.compiler.SynPlastCompiler;
import org.synplast.dsl.synPlast.Model;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.results.Provenance;

/**
 * A study file loaded, validated and compiled for a run. An invalid file is a {@link UserError}
 * naming its first error; compiler warnings are printed to stderr.
 *
 * @param file        the file as the user named it
 * @param resource    its resource; its resource set holds the imported files
 * @param compilation the plans
 */
record Study(Path file, Resource resource, Compilation compilation) {

    /**
     * Loads, validates and compiles a file.
     *
     * @param file the file as the user named it
     * @param err  where compiler warnings go
     * @return the study
     * @throws UserError when the file is missing or invalid
     */
    static Study load(Path file, PrintWriter err) {
        SynPlastFiles.requireReadable(file);
        Resource resource = new SynPlastFiles().load(file);
        List<Diagnostic> errors = SynPlastFiles.validate(file, resource).stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new UserError(errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more; "
                    + "run 'synplast validate " + file + "')" : ""));
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
            throw new UserError("not a SynPlast model: " + file);
        }
        Compilation compilation = new SynPlastCompiler().compile(model);
        for (CompilerDiagnostic d : compilation.diagnostics()) {
            if (d.severity() == CompilerDiagnostic.Severity.WARNING) {
                err.println(d);
            }
        }
        List<CompilerDiagnostic> failures = compilation.diagnostics().stream()
                .filter(d -> d.severity() == CompilerDiagnostic.Severity.ERROR).toList();
        if (!failures.isEmpty()) {
            throw new UserError(failures.get(0) + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more)"
                    : ""));
        }
        return new Study(file, resource, compilation);
    }

    /** Returns the SHA-256 of the file and of every file it imports, by path. */
    Map<String, String> sourceHashes() {
        Map<String, String> hashes = new TreeMap<>();
        for (Resource r : resource.getResourceSet().getResources()) {
            URI uri = r.getURI();
            if (uri.isFile()) {
                hashes.put(uri.toFileString(), Provenance.sha256(Path.of(uri.toFileString())));
            }
        }
        return hashes;
    }

    /**
     * Returns an experiment of the study.
     *
     * @param name the experiment's name
     * @return its plan
     * @throws UserError naming the study's experiments when it has none of that name
     */
    ExperimentPlan experiment(String name) {
        return compilation.experiment(name).orElseThrow(() -> new UserError("no experiment " + name + " in " + file
                + known(compilation.experiments().stream().map(ExperimentPlan::name).toList())));
    }

    /**
     * Returns a sweep of the study.
     *
     * @param name the sweep's name
     * @return its plan
     * @throws UserError naming the study's sweeps when it has none of that name
     */
    SweepPlan sweep(String name) {
        return compilation.sweep(name).orElseThrow(() -> new UserError("no sweep " + name + " in " + file
                + known(compilation.sweeps().stream().map(SweepPlan::name).toList())));
    }

    private static String known(List<String> names) {
        return names.isEmpty() ? "" : "; it has " + String.join(", ", names);
    }

    /** Returns the file name without its extension, for the default output directory. */
    String stem() {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".synplast".length());
    }
}
