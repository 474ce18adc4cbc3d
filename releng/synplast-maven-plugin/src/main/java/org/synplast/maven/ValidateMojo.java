package org.synplast.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the project's {@code .synplast} files (syntax, references, units and every check of the
 * language) and fails the build when any has an error. Each problem is logged as
 * {@code file:line:col: severity: message [code]}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends SynPlastMojo {

    /** Skips the goal. */
    @Parameter(property = "synplast.skip", defaultValue = "false")
    boolean skip;

    @Override
    Optional<String> skipped() {
        return skip ? Optional.of("SynPlast validation") : Optional.empty();
    }

    @Override
    void execute(List<Path> files) throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (files.isEmpty()) {
            log.info("No .synplast files in " + directory);
            return;
        }
        List<String> args = new ArrayList<>();
        args.add("validate");
        files.forEach(f -> args.add(f.toString()));
        int code = Command.run(args, line -> {
            if (line.contains(": error: ")) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }, log::info);
        Command.outcome(code, args, "", () -> "SynPlast files in " + directory + " have errors (listed above)");
    }
}
