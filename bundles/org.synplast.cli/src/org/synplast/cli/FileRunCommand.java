package org.synplast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine.Parameters;

/** A run command on one study file: {@code run} and {@code sweep}. */
abstract class FileRunCommand extends StudyRunCommand<Study> {

    @Parameters(paramLabel = "FILE", description = "the study file")
    Path file;

    @Override
    final Study load(PrintWriter err) {
        return Study.load(file, err);
    }
}
