package org.synplast.experiment.results;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.ExperimentMessage;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The JSON results file: {@link RunResults} with Gson, non-finite numbers written as
 * {@code NaN}/{@code Infinity} (thresholds of synapses without plasticity, p-values of undetermined
 * tests). Written atomically: into a temporary file in the target's directory, then moved over the
 * target with {@link StandardCopyOption#ATOMIC_MOVE}, so a reader sees the old file or the
 * complete new one, and a failed write leaves nothing behind.
 */
public final class ResultsFile {

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private ResultsFile() {
    }

    /** Writes content to a writer; may fail with an I/O error. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /**
     * @param target  the results file
     * @param results what to write
     */
    public static void write(Path target, RunResults results) {
        writeAtomically(target, w -> GSON.toJson(results, w));
    }

    /**
     * @param source a results file
     * @return its content
     */
    public static RunResults read(Path source) {
        try (Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            JsonElement tree = JsonParser.parseReader(in);
            JsonObject root = tree.getAsJsonObject();
            int version = root.has("formatVersion") ? root.get("formatVersion").getAsInt() : -1;
            if (version < 1 || version > RunResults.FORMAT_VERSION) {
                throw new ExperimentException(ExperimentMessage.UNSUPPORTED_FORMAT, version, RunResults.FORMAT_VERSION);
            }
            return GSON.fromJson(tree, RunResults.class);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new ExperimentException(e, ExperimentMessage.IO_ERROR, "read", source, e.getMessage());
        }
    }

    static void writeAtomically(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            // a sibling with the default permissions (createTempFile's would be 0600)
            tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new ExperimentException(e, ExperimentMessage.IO_ERROR, "atomically replace", target,
                        "the file system cannot move atomically");
            }
            tmp = null;
        } catch (IOException e) {
            throw new ExperimentException(e, ExperimentMessage.IO_ERROR, "write", target, e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // the original failure is being reported; a leftover hidden temporary file is all that remains
                }
            }
        }
    }
}
