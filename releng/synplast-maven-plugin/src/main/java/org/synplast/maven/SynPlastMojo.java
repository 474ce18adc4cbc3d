package org.synplast.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What both goals share: the directory of {@code .synplast} files, its listing, and skipping. */
abstract class SynPlastMojo extends AbstractMojo {

    /** The directory searched, recursively, for {@code .synplast} files. */
    @Parameter(property = "synplast.directory", defaultValue = "${project.basedir}/src/main/synplast")
    File directory;

    /** @return what the goal does, for example "SynPlast checks", when the build skips it; otherwise empty */
    abstract Optional<String> skipped();

    /**
     * Runs the goal.
     *
     * @param files the project's SynPlast files, possibly none
     * @throws MojoExecutionException when the goal cannot run
     * @throws MojoFailureException   when the files fail it
     */
    abstract void execute(List<Path> files) throws MojoExecutionException, MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        Optional<String> skipped = skipped();
        if (skipped.isPresent()) {
            getLog().info(skipped.get() + " skipped");
            return;
        }
        try {
            execute(SynPlastSources.find(directory.toPath()));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }
}
