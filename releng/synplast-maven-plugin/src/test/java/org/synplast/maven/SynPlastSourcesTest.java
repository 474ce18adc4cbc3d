package org.synplast.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a project's SynPlast files, their check markers and their experiments. */
class SynPlastSourcesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void findsSynPlastFilesRecursivelyInPathOrder() throws IOException {
        Path b = write("b.synplast", "");
        Path a = write("lib/a.synplast", "");
        write("notes.txt", "");
        assertEquals(List.of(b, a), SynPlastSources.find(dir));
        assertEquals(List.of(), SynPlastSources.find(dir.resolve("missing")));
    }

    @Test
    void theMarkerIsALineCommentOfItsOwn() throws IOException {
        assertTrue(SynPlastSources.marked(write("m.synplast", "package p\n  // synplast:check\n")));
        assertFalse(SynPlastSources.marked(write("n.synplast", "package p // synplast:check\n")));
        assertFalse(SynPlastSources.marked(write("o.synplast", "// synplast:checks\n")));
    }

    @Test
    void listsTheExperimentsAFileDeclares() throws IOException {
        Path file = write("s.synplast", """
                package study
                protocol p1 { }
                experiment e1 { }
                experiment e2 extends e1 { }
                """);
        assertEquals(Map.of(file, List.of("e1", "e2")), SynPlastSources.experiments(List.of(file)));
    }
}
