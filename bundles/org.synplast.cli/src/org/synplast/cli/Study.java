package org.synplast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.synplast.compiler.Compilation;
import org.synplast.compiler.CompilerDiagnostic;
import org.synplast.compiler.SynPlastCompiler;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Experiment;
import org.synplast.dsl.synPlast.Item;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.synPlast.Quantity;
import org.synplast.dsl.synPlast.Setting;
import org.synplast.dsl.synPlast.SymbolValue;
import org.synplast.dsl.synPlast.Value;
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
record Study(Path file, Resource resource, Compilation compilation) implements StudySource {

    /** Bound on {@code extends} chains followed when reading settings (the validator rejects cycles). */
    private static final int MAX_EXTENDS = 64;

    /**
     * Loads, validates and compiles a file.
     *
     * @param file the file as the user named it
     * @param err  where compiler warnings go
     * @return the study
     * @throws UserError when the file is missing or invalid
     */
    static Study load(Path file, PrintWriter err) {
        return load(new SynPlastFiles(), file, err);
    }

    /**
     * Loads, validates and compiles a file with a given loader.
     *
     * @param files the loader (one language setup for many files)
     * @param file  the file as the user named it
     * @param err   where compiler warnings go
     * @return the study
     * @throws UserError when the file is missing or invalid
     */
    static Study load(SynPlastFiles files, Path file, PrintWriter err) {
        SynPlastFiles.requireReadable(file);
        Resource resource = files.load(file);
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

    @Override
    public Path path() {
        return file;
    }

    @Override
    public String kind() {
        return "file";
    }

    /** Returns the SHA-256 of the file and of every file it imports, by path. */
    @Override
    public Map<String, String> sourceHashes() {
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

    /**
     * Reads a number an experiment sets itself or inherits through {@code extends}, for values the
     * plans do not carry (such as {@code paper_in_silico}).
     *
     * @param experiment the experiment's name
     * @param key        the setting's key
     * @return the number, empty when neither the experiment nor its parents set it
     */
    Optional<Double> number(String experiment, String key) {
        return setting(experiment, key).flatMap(v -> v instanceof Quantity q ? Optional.of(q.getValue())
                : Optional.empty());
    }

    /**
     * Reads a symbol an experiment sets itself or inherits through {@code extends}.
     *
     * @param experiment the experiment's name
     * @param key        the setting's key
     * @return the symbol as written, empty when neither the experiment nor its parents set it
     */
    Optional<String> symbol(String experiment, String key) {
        return setting(experiment, key).flatMap(v -> v instanceof SymbolValue s ? Optional.of(s.getSymbol().getLiteral())
                : Optional.empty());
    }

    private Optional<Value> setting(String experiment, String key) {
        Model model = (Model) resource.getContents().get(0);
        Element e = model.getElements().stream().filter(x -> x instanceof Experiment && experiment.equals(x.getName()))
                .findFirst().orElse(null);
        for (int depth = 0; e != null && depth < MAX_EXTENDS; e = e.getParent(), depth++) {
            for (Item item : e.getBody().getItems()) {
                if (item instanceof Setting s && key.equals(s.getKey()) && s.getValue() != null) {
                    return Optional.of(s.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Returns the file name without its extension, for the default output directory. */
    String stem() {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".synplast".length());
    }
}
