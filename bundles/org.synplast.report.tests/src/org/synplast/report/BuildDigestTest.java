package org.synplast.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * The build identity's byte layout, against SHA-256 sums computed outside Java (Python's hashlib):
 * pair journals written by earlier builds stay valid only while this layout stays the same.
 */
class BuildDigestTest {

    @Test
    void isTheSha256OfNamesEndedByNulAndFilesWithTheirLength() {
        // hashlib.sha256(b'org.synplast.engine\0' + b'a/B.class\0' + struct.pack('>q', 3) + bytes([1, 2, 3])
        //                + b'lib 1.0\0').hexdigest()
        String build = new BuildDigest().name("org.synplast.engine").file("a/B.class", new byte[] { 1, 2, 3 })
                .name("lib 1.0").build("0.1.0");
        assertEquals("0.1.0+sha256:11a66971992807cfae8dc1ce13b52ebee5d90e230ba71fa949d5ed9baeafd653", build);
    }

    @Test
    void ofNothingIsTheSha256OfNoBytes() {
        assertEquals("0.2.0+sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                new BuildDigest().build("0.2.0"));
    }

    @Test
    void tellsFilesApartWhoseBytesOnlyMoveAcrossTheBoundary() {
        String one = new BuildDigest().file("a", new byte[] { 1, 2 }).file("b", new byte[] { 3 }).build("0");
        String other = new BuildDigest().file("a", new byte[] { 1 }).file("b", new byte[] { 2, 3 }).build("0");
        assertNotEquals(one, other);
    }
}
