/**
 * The {@code synplast} command: a picocli application with the subcommands {@code validate},
 * {@code lsp} and the experiment commands, run on a plain JVM with the language's standalone setup
 * (no OSGi). Entry point {@link org.synplast.cli.SynPlastCli#main(String[])}.
 *
 * <p>Exit codes ({@link org.synplast.cli.ExitCodes}): 0 success, 1 user error (missing, invalid or
 * failing input, unwritable output), 2 usage, 3 interrupted. Every error is one line on stderr;
 * results go to stdout, progress to stderr.
 */
package org.synplast.cli;
