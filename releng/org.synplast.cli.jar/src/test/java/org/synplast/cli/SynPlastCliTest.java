package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SynPlastCliTest {

    @Test
    void noCommandIsAUsageError() {
        Cli r = Cli.run();
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("synplast: missing command"), r.err());
    }

    @Test
    void anUnknownCommandIsAOneLineUsageError() {
        Cli r = Cli.run("frobnicate");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("frobnicate") && r.err().contains("--help"), r.err());
    }

    @Test
    void anUnknownOptionIsAOneLineUsageError() {
        Cli r = Cli.run("validate", "--frobnicate", "x.synplast");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("synplast: Unknown option: '--frobnicate'"), r.err());
    }

    @Test
    void helpListsTheCommandsAndSucceeds() {
        Cli r = Cli.run("--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().contains("validate") && r.out().contains("run") && r.out().contains("sweep")
                && r.out().contains("export-neuron") && r.out().contains("bench") && r.out().contains("lsp"), r.out());
    }

    @Test
    void benchWithoutItsStudyIsOneLineAndExitOne() {
        Cli r = Cli.run("bench", "--study", "no/such/study.synplast");
        assertEquals(ExitCodes.USER_ERROR, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertEquals("synplast: file not found: no/such/study.synplast", r.errLines()[0]);
    }
}
