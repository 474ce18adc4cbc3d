package org.synplast.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

import picocli.CommandLine.Command;

/**
 * {@code synplast lsp}: the language server over stdin/stdout (completion, diagnostics, hover,
 * formatting for any LSP editor). Anything else printed goes to stderr so it cannot corrupt the
 * protocol.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Runs the SynPlast language server over stdio (Language Server Protocol).")
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        LanguageServers.create(new FileInputStream(FileDescriptor.in), protocol,
                ILanguageServerShutdownAndExitHandler.DefaultImpl.class).startListening().get();
        return ExitCodes.OK;
    }
}
