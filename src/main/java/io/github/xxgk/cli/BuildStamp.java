package io.github.xxgk.cli;

import io.github.xxgk.Xxgk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * Identifies the build that runs: a digest of the jar's entries (names and CRCs, read from its central directory,
 * not its time: a Spark executor runs its own copy of the jar, fetched at another time, and must accept the
 * driver's journal), or the newest class in a classes folder. Journal entries of another build are not trusted,
 * so a rebuilt xxgk extracts again instead of resuming with what an older extractor found.
 */
final class BuildStamp {

    private static final String STAMP = compute();

    private BuildStamp() {
    }

    static String get() {
        return STAMP;
    }

    private static String compute() {
        try {
            var src = Xxgk.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return "unknown";
            }
            Path p = Path.of(src.getLocation().toURI());
            if (Files.isRegularFile(p)) {
                return jarDigest(p);
            }
            long newest = 0;
            long count = 0;
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : (Iterable<Path>) walk.filter(x -> x.toString().endsWith(".class"))::iterator) {
                    FileTime t = Files.getLastModifiedTime(f);
                    newest = Math.max(newest, t.toMillis());
                    count++;
                }
            }
            return count + ":" + newest;
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return "unknown";
        }
    }

    private static String jarDigest(Path jar) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        long count = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (var it = zip.entries(); it.hasMoreElements(); ) {
                ZipEntry e = it.nextElement();
                md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                md.update(ByteBuffer.allocate(16).putLong(e.getCrc()).putLong(e.getSize()).array());
                count++;
            }
        }
        return count + ":" + HexFormat.of().formatHex(md.digest(), 0, 12);
    }
}
