package org.synplast.cli;

import java.io.InputStream;
import java.io.OutputStream;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;
import org.synplast.dsl.ide.SynPlastIdeSetup;

import com.google.inject.Guice;

/**
 * Xtext's language server for SynPlast, with the language registered directly (no service-loader
 * lookup, so it works in a fat jar and under OSGi alike).
 */
public final class LanguageServers {

    private LanguageServers() {
    }

    /**
     * Creates a language server connected to a client over the given streams.
     *
     * @param in   messages from the client
     * @param out  messages to the client; nothing else may write to it
     * @param exit what {@code shutdown}/{@code exit} do: the default handler ends the JVM
     * @return the launcher; {@code startListening()} serves until the input ends
     */
    public static Launcher<LanguageClient> create(InputStream in, OutputStream out,
            Class<? extends ILanguageServerShutdownAndExitHandler> exit) {
        new SynPlastIdeSetup().createInjectorAndDoEMFRegistration();
        LanguageServerImpl server = Guice.createInjector(Modules2.mixin(new ServerModule(), binder -> {
            binder.bind(IResourceServiceProvider.Registry.class).toInstance(IResourceServiceProvider.Registry.INSTANCE);
            binder.bind(ILanguageServerShutdownAndExitHandler.class).to(exit);
        })).getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }
}
