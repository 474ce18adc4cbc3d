package org.synplast.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a build of the simulation code, as pair journals and reports name it: a SHA-256
 * over names and file contents in the order the caller gives them, written {@code version+sha256:…}.
 * The command line feeds it the files of its jar, the Studio the classes of its bundles; both add
 * each file as its name, a NUL, its length and its bytes, so no two sequences of files share a
 * digest by shifting bytes between them.
 */
public final class BuildDigest {

    private final MessageDigest sha;

    /** An empty digest. */
    public BuildDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /**
     * Adds a name: its UTF-8 bytes and a NUL.
     *
     * @param name a file's, bundle's or library's name
     * @return this digest
     */
    public BuildDigest name(String name) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return this;
    }

    /**
     * Adds a file: its name, its length as 8 bytes, big-endian, and its content.
     *
     * @param name    the file's path
     * @param content the file's bytes
     * @return this digest
     */
    public BuildDigest file(String name, byte[] content) {
        name(name);
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(content.length).array());
        sha.update(content);
        return this;
    }

    /**
     * Ends the digest; it takes nothing more after this.
     *
     * @param version the SynPlast version
     * @return {@code version+sha256:} and the digest in lowercase hexadecimal
     */
    public String build(String version) {
        return version + "+sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
