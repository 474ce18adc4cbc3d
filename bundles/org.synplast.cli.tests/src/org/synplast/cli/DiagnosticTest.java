package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void printsLikeACompilerWithTheCodeInBrackets() {
        Diagnostic d = new Diagnostic("study.synplast", 8, 14, "error", "'tau_ca' needs a unit",
                "org.synplast.dsl.missingUnit");
        assertEquals("study.synplast:8:14: error: 'tau_ca' needs a unit [org.synplast.dsl.missingUnit]", d.toString());
        assertTrue(d.isError());
    }

    @Test
    void keepsEveryDiagnosticOnOneLineAndOmitsAnEmptyCode() {
        Diagnostic d = new Diagnostic("a.synplast", 1, 2, "warning", "first\nsecond", "");
        assertEquals("a.synplast:1:2: warning: first second", d.toString());
        assertFalse(d.isError());
    }

    @Test
    void ordersByFileLineAndColumn() {
        List<Diagnostic> list = new ArrayList<>(List.of(new Diagnostic("b", 1, 1, "error", "m", ""),
                new Diagnostic("a", 9, 1, "error", "m", ""), new Diagnostic("a", 2, 7, "error", "m", ""),
                new Diagnostic("a", 2, 3, "error", "m", "")));
        list.sort(Diagnostic.BY_POSITION);
        assertEquals("a:2:3 a:2:7 a:9:1 b:1:1", String.join(" ", list.stream()
                .map(d -> d.file() + ":" + d.line() + ":" + d.column()).toList()));
    }
}
