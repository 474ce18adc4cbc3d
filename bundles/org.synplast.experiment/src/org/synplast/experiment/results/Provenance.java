package org.synplast.experiment.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.ExperimentMessage;

/**
 * Where a results file comes from.
 *
 * @param synplastVersion    the SynPlast version that produced it
 * @param sourceSha256       SHA-256 (hex) of every source file, by path
 * @param parameters         every resolved parameter of every plan, as flattened key → value
 * @param dtMs               the simulation step [ms]
 * @param threads            worker threads used (results do not depend on it)
 * @param startedUtc         start of the run, ISO-8601
 * @param wallTimeSeconds    wall-clock duration of the run [s] (of this process: pairs taken from a
 *                           journal took their time before)
 * @param resumedPairs       pairs taken from a pair journal instead of simulated by this process
 */
public record Provenance(String synplastVersion, Map<String, String> sourceSha256, Map<String, String> parameters,
        double dtMs, int threads, String startedUtc, double wallTimeSeconds, int resumedPairs) {

    /** Copies into sorted maps. */
    public Provenance {
        sourceSha256 = java.util.Collections.unmodifiableMap(new TreeMap<>(sourceSha256));
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /**
     * @param file a file
     * @return the SHA-256 of its bytes, lower-case hex
     */
    public static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ExperimentException(e, ExperimentMessage.IO_ERROR, "read", file, e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
