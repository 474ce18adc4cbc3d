package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server {@code synplast lsp} runs, driven through LSP messages as an editor would. */
class LanguageServerTest {

    private static final long TIMEOUT_S = 60;

    @TempDir
    Path workspace;

    @Test
    @SuppressWarnings("deprecation") // setRootUri: Xtext still reads it
    void answersInitializeDidOpenAndCompletion() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream toClient = new PipedOutputStream(clientIn);
        Launcher<LanguageClient> server = LanguageServers.create(serverIn, toClient,
                ILanguageServerShutdownAndExitHandler.NullImpl.class);
        server.startListening();
        Client client = new Client();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
        launcher.startListening();
        LanguageServer remote = launcher.getRemoteProxy();
        try {
            InitializeParams init = new InitializeParams();
            String root = workspace.toUri().toString();
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "study")));
            init.setRootUri(root); // Xtext 2.42 initialises its workspace from the root URI
            InitializeResult initialized = remote.initialize(init).get(TIMEOUT_S, TimeUnit.SECONDS);
            assertNotNull(initialized.getCapabilities().getCompletionProvider(), "completion is offered");
            remote.initialized(new InitializedParams());

            // Line 2 lacks the unit of tau_ca; line 4 is empty, where a new element may start.
            String text = "package study\n\nsynapse S {\n    tau_ca = 12\n}\n\n";
            Path file = Files.writeString(workspace.resolve("study.synplast"), text);
            String uri = file.toUri().toString();
            remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "synplast", 1, text)));

            PublishDiagnosticsParams published = client.diagnosticsFor(uri);
            assertTrue(published.getDiagnostics().stream().anyMatch(d -> d.getRange().getStart().getLine() == 3
                    && d.getCode() != null && "org.synplast.dsl.missingUnit".equals(d.getCode().getLeft())),
                    "the missing unit is reported on line 4: " + published.getDiagnostics());

            CompletionParams at = new CompletionParams(new TextDocumentIdentifier(uri), new Position(5, 0));
            Either<List<CompletionItem>, CompletionList> answer = remote.getTextDocumentService().completion(at)
                    .get(TIMEOUT_S, TimeUnit.SECONDS);
            List<String> labels = (answer.isLeft() ? answer.getLeft() : answer.getRight().getItems()).stream()
                    .map(CompletionItem::getLabel).toList();
            assertTrue(labels.contains("synapse") && labels.contains("experiment"),
                    "element keywords are proposed: " + labels);

            remote.shutdown().get(TIMEOUT_S, TimeUnit.SECONDS);
            remote.exit();
        } finally {
            toServer.close();
            toClient.close();
        }
    }

    /** Collects what the server publishes; answers its requests with nothing. */
    private static final class Client implements LanguageClient {
        private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

        PublishDiagnosticsParams diagnosticsFor(String uri) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
            while (System.nanoTime() < deadline) {
                PublishDiagnosticsParams p = diagnostics.poll(1, TimeUnit.SECONDS);
                if (p != null && p.getUri().equals(uri)) {
                    return p;
                }
            }
            throw new AssertionError("no diagnostics published for " + uri);
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {
            // not used by the test
        }

        @Override
        public void showMessage(MessageParams message) {
            // not used by the test
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            // not used by the test
        }
    }
}
