package org.synplast.cli;

import java.nio.file.Path;
import java.util.Map;

/** What a run command loaded: one study file ({@link Study}) or a folder of them ({@link Suite}). */
interface StudySource {

    /** @return the file or folder as the user named it */
    Path path();

    /** @return how reports name {@link #path()}, for example {@code file} */
    String kind();

    /** @return the SHA-256 of every source file (with the files they import), by path */
    Map<String, String> sourceHashes();
}
