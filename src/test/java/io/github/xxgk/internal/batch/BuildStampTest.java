package io.github.xxgk.internal.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build stamp of a jar (it keys the journal): the same for a byte copy fetched at another time (a Spark
 * executor's copy), different when any entry changes, read from the central directory in one block.
 */
class BuildStampTest {

    @Test
    void aCopyKeepsTheStampAChangedEntryChangesIt(@TempDir Path tmp) throws IOException {
        Path jar = jar(tmp.resolve("a.jar"), "PdfReader.class", "one", "");
        Path copy = tmp.resolve("copy.jar");
        Files.copy(jar, copy);
        Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 86_400_000L));
        Path changed = jar(tmp.resolve("b.jar"), "PdfReader.class", "two", "");

        String stamp = BuildStamp.jarDigest(jar);
        assertTrue(stamp.startsWith("cd:"), stamp);
        assertEquals(stamp, BuildStamp.jarDigest(copy));
        assertNotEquals(stamp, BuildStamp.jarDigest(changed));
    }

    @Test
    void theEndRecordIsFoundBehindTheLongestComment(@TempDir Path tmp) throws IOException {
        // a ZIP comment may be up to 64 KB long; the directory's end record sits before it
        Path jar = jar(tmp.resolve("c.jar"), "PdfReader.class", "one", "x".repeat(0xFFFF));
        Path other = jar(tmp.resolve("d.jar"), "PdfReader.class", "two", "x".repeat(0xFFFF));
        String stamp = BuildStamp.jarDigest(jar);
        assertTrue(stamp.startsWith("cd:"), stamp);
        assertNotEquals(stamp, BuildStamp.jarDigest(other));
        assertNotEquals(BuildStamp.entryDigest(jar), BuildStamp.entryDigest(other));
    }

    private static Path jar(Path at, String name, String content, String comment) throws IOException {
        try (OutputStream out = Files.newOutputStream(at); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            ZipEntry e = new ZipEntry(name);
            e.setTime(0);
            zip.putNextEntry(e);
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.setComment(comment);
        }
        return at;
    }
}
