package io.github.xxgk.internal.batch;


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
 * Identifies the build that runs: a digest of the jar's central directory (every entry's name, CRC, size and
 * time as stored in the jar, not the file's time on disk: a Spark executor runs its own copy of the jar, fetched
 * at another time, and must accept the driver's journal), or the newest class in a classes folder. Journal entries of another build are not trusted,
 * so a rebuilt xxgk extracts again instead of resuming with what an older extractor found.
 */
public final class BuildStamp {

    /** The release, also written into journal entries so that another release does not trust them. */
    public static final String VERSION = "0.1.0";

    private static final String STAMP = compute();

    private BuildStamp() {
    }

    static String get() {
        return STAMP;
    }

    private static String compute() {
        try {
            var src = BuildStamp.class.getProtectionDomain().getCodeSource();
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

    /**
     * The digest of the jar's central directory, read as one block of bytes from the end of the file. Walking
     * the 24,000 entries with {@link ZipFile} instead cost 0.1 s of CPU at every start (a tenth of a one-PDF
     * run's own work); a jar this reader does not understand (ZIP64, a comment past 64 KB) is walked that way.
     */
    static String jarDigest(Path jar) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(jar)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 0xFFFF);
            ByteBuffer end = ByteBuffer.allocate(tail).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            readFully(ch, end, size - tail);
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) { // end of central directory record
                    long cdSize = end.getInt(i + 12) & 0xFFFFFFFFL;
                    long cdOffset = end.getInt(i + 16) & 0xFFFFFFFFL;
                    if (cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL || cdOffset + cdSize > size - tail + i
                            || cdSize > Integer.MAX_VALUE) {
                        break; // ZIP64 or not what it seems
                    }
                    // mapped, not read: a read into the heap goes through a temporary direct buffer of the
                    // directory's size, allocated, zeroed and copied at every start
                    ByteBuffer cd = ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, cdOffset, cdSize);
                    // two CRCs (hardware-assisted), not SHA-256: the stamp tells builds apart, it guards against
                    // no adversary, and a SHA-256 of the 2.4 MB directory cost 30 ms of CPU at every start
                    java.util.zip.CRC32C crc32c = new java.util.zip.CRC32C();
                    crc32c.update(cd.duplicate());
                    java.util.zip.CRC32 crc32 = new java.util.zip.CRC32();
                    crc32.update(cd.duplicate());
                    // not String.format: its first use loads the locale's number symbols, a cost at every start
                    HexFormat hex = HexFormat.of();
                    return "cd:" + cdSize + ":" + hex.toHexDigits((int) crc32c.getValue()) + hex.toHexDigits((int) crc32.getValue());
                }
            }
        }
        return entryDigest(jar);
    }

    private static void readFully(java.nio.channels.FileChannel ch, ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                throw new java.io.EOFException("jar shorter than its directory says");
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The digest of every entry's name, CRC and size, walked with {@link ZipFile}. */
    static String entryDigest(Path jar) throws IOException {
        MessageDigest md = sha256();
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
