package org.synplast.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.synplast.dsl.SynPlastStandaloneSetup;
import org.synplast.dsl.synPlast.Experiment;

/** The {@code .synplast} files of a project directory and the experiments they declare. */
final class SynPlastSources {

    /**
     * The file-level check marker: a line comment {@code // synplast:check} on a line of its own
     * marks every experiment of the file as a check.
     */
    static final Pattern CHECK_MARKER = Pattern.compile("(?m)^\\s*//\\s*synplast:check\\s*$");

    private SynPlastSources() {
    }

    /**
     * Lists the {@code .synplast} files under a directory, recursively, in path order.
     *
     * @param directory the directory; a missing one has no files
     * @return the files
     * @throws IOException when the directory cannot be read
     */
    static List<Path> find(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".synplast"))
                    .sorted().toList();
        }
    }

    /**
     * Returns whether a file carries the check marker.
     *
     * @param file a SynPlast file
     * @return true when all its experiments are checks
     * @throws IOException when it cannot be read
     */
    static boolean marked(Path file) throws IOException {
        return CHECK_MARKER.matcher(Files.readString(file)).find();
    }

    /**
     * Returns the experiments each file declares itself (not those of files it imports).
     *
     * @param files SynPlast files
     * @return the experiment names by file, in file order
     */
    static Map<Path, List<String>> experiments(List<Path> files) {
        XtextResourceSet resources = new SynPlastStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(XtextResourceSet.class);
        Map<Path, List<String>> names = new LinkedHashMap<>();
        for (Path file : files) {
            Resource resource = resources.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
            List<String> declared = new ArrayList<>();
            resource.getContents().forEach(root -> EcoreUtil2.getAllContentsOfType(root, Experiment.class)
                    .forEach(e -> declared.add(e.getName())));
            names.put(file, declared);
        }
        return names;
    }
}
