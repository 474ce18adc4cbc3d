package org.synplast.compiler;

import java.util.ArrayList;
import java.util.List;

import org.synplast.compiler.CompilerDiagnostic.Severity;
import org.synplast.compiler.canonical.SourceLocation;

/** Collects the diagnostics of one compilation; each stage reports under its own name. */
public final class Diagnostics {

    private final List<CompilerDiagnostic> all = new ArrayList<>();
    private String stage = "";

    /** @param name the stage now running */
    void enter(String name) {
        stage = name;
    }

    /**
     * @param where   where the problem is
     * @param message what is wrong and how to fix it
     */
    public void error(SourceLocation where, String message) {
        all.add(new CompilerDiagnostic(Severity.ERROR, where, message, stage));
    }

    /**
     * @param where   where the problem is
     * @param message what the user should check
     */
    public void warning(SourceLocation where, String message) {
        all.add(new CompilerDiagnostic(Severity.WARNING, where, message, stage));
    }

    /** @return whether any error was reported */
    public boolean hasErrors() {
        return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** @return the diagnostics so far, in order */
    public List<CompilerDiagnostic> list() {
        return List.copyOf(all);
    }
}
