package org.synplast.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
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
public final class ValidateMojo extends AbstractMojo {

    /** The directory searched, recursively, for {@code .synplast} files. */
    @Parameter(property = "synplast.directory", defaultValue = "${project.basedir}/src/main/synplast")
    File directory;

    /** Skips the goal. */
    @Parameter(property = "synplast.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("SynPlast validation skipped");
            return;
        }
        List<Path> files = files(directory);
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
        if (code == 1) {
            throw new MojoFailureException("SynPlast files in " + directory + " have errors (listed above)");
        }
        if (code != 0) {
            throw new MojoExecutionException("synplast validate ended with exit code " + code);
        }
    }

    /**
     * Lists the SynPlast files of a directory.
     *
     * @param directory the directory
     * @return its files
     * @throws MojoExecutionException when it cannot be read
     */
    static List<Path> files(File directory) throws MojoExecutionException {
        try {
            return SynPlastSources.find(directory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }
}
