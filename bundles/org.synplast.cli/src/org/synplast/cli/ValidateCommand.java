package org.synplast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code synplast validate FILE…}: prints every diagnostic; exit 1 when any file has errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks .synplast files and prints file:line:col: severity: message [code].")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .synplast files to check")
    List<Path> files;

    @Override
    public Integer call() {
        files.forEach(SynPlastFiles::requireReadable);
        SynPlastFiles loader = new SynPlastFiles();
        PrintWriter out = spec.commandLine().getOut();
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            for (Diagnostic d : SynPlastFiles.validate(file, loader.load(file))) {
                out.println(d);
                if (d.isError()) {
                    errors++;
                } else if ("warning".equals(d.severity())) {
                    warnings++;
                }
            }
        }
        out.flush();
        spec.commandLine().getErr().printf("%d file%s checked: %d error%s, %d warning%s%n", files.size(),
                files.size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        return errors > 0 ? ExitCodes.USER_ERROR : ExitCodes.OK;
    }
}
