package org.synplast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder of study files loaded, validated and compiled for one run: every {@code .synplast}
 * file directly in it, by name. Any invalid file is a {@link UserError} naming the first error of
 * the first such file, before anything runs.
 *
 * @param folder  the folder as the user named it
 * @param studies its files, by name
 */
record Suite(Path folder, List<Study> studies) implements StudySource {

    private static final String EXTENSION = ".synplast";

    /** Copies. */
    Suite {
        studies = List.copyOf(studies);
    }

    /**
     * Loads, validates and compiles every study file of a folder.
     *
     * @param folder the folder as the user named it
     * @param err    where compiler warnings go
     * @return the suite
     * @throws UserError when the folder is missing, holds no study file, or a file is invalid
     */
    static Suite load(Path folder, PrintWriter err) {
        if (!Files.exists(folder)) {
            throw new UserError("folder not found: " + folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new UserError("not a folder: " + folder + " (give the folder of the suite's .synplast files)");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UserError("cannot list " + folder + ": " + RunSettings.reason(e));
        }
        if (files.isEmpty()) {
            throw new UserError("no " + EXTENSION + " files in " + folder);
        }
        SynPlastFiles loader = new SynPlastFiles();
        List<Study> studies = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                studies.add(Study.load(loader, f, err));
            } catch (UserError e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new UserError(errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1)
                    + " more invalid files in " + folder + ")" : ""));
        }
        return new Suite(folder, studies);
    }

    @Override
    public Path path() {
        return folder;
    }

    @Override
    public String kind() {
        return "folder";
    }

    @Override
    public Map<String, String> sourceHashes() {
        Map<String, String> hashes = new TreeMap<>();
        studies.forEach(s -> hashes.putAll(s.sourceHashes()));
        return hashes;
    }
}
