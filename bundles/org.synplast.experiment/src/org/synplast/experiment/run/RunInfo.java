package org.synplast.experiment.run;

import java.util.Map;

/**
 * What the caller knows about a run's origin, for the provenance and for telling whether pairs
 * kept in a {@link PairJournal} came from the same code and files.
 *
 * @param synplastVersion the SynPlast version
 * @param build           what identifies the code that simulates, e.g. a SHA-256 over the
 *                        application jar's simulation code (the version where nothing finer is
 *                        known)
 * @param sourceSha256    SHA-256 of every source file, by path (see
 *                        {@link org.synplast.experiment.results.Provenance#sha256})
 */
public record RunInfo(String synplastVersion, String build, Map<String, String> sourceSha256) {

    /** Copies. */
    public RunInfo {
        sourceSha256 = Map.copyOf(sourceSha256);
    }

    /**
     * @param synplastVersion the SynPlast version, also the build
     * @param sourceSha256    SHA-256 of every source file, by path
     */
    public RunInfo(String synplastVersion, Map<String, String> sourceSha256) {
        this(synplastVersion, synplastVersion, sourceSha256);
    }
}
