package org.synplast.experiment.run;

import java.util.Map;

/**
 * What the caller knows about a run's origin, for the provenance.
 *
 * @param synplastVersion the SynPlast version
 * @param sourceSha256    SHA-256 of every source file, by path (see
 *                        {@link org.synplast.experiment.results.Provenance#sha256})
 */
public record RunInfo(String synplastVersion, Map<String, String> sourceSha256) {

    /** Copies. */
    public RunInfo {
        sourceSha256 = Map.copyOf(sourceSha256);
    }
}
