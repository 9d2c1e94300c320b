package io.github.xxgk.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file that appears whole or not at all: bytes go to a hidden temporary file in the target's folder, and
 * {@link #commit()} flushes them to disk and renames the temporary file over the target in one atomic step.
 * Closing without a commit deletes the temporary file, so a failed or interrupted write leaves the old target
 * (if any) untouched. A kill between write and rename leaves only a {@code .NAME.*.tmp} file, which
 * {@link #removeStale(Path)} clears.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean committed;

    private AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        // a name of our own rather than createTempFile, so the file gets the usual permissions (umask), not 0600
        String base = "." + this.target.getFileName() + ".";
        Path t;
        FileChannel ch;
        while (true) {
            t = dir.resolve(base + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                ch = FileChannel.open(t, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
                break;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another writer picked the same name: draw again
            }
        }
        this.temp = t;
        this.channel = ch;
        this.out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
            @Override
            public void close() throws IOException {
                flush(); // the channel stays open until commit or close of the AtomicFile
            }
        };
    }

    /** Starts writing {@code target}; nothing is visible under that name until {@link #commit()}. */
    public static AtomicFile create(Path target) throws IOException {
        return new AtomicFile(target);
    }

    /** Where to write; closing this stream only flushes it. */
    public OutputStream stream() {
        return out;
    }

    public Path target() {
        return target;
    }

    /** Forces the bytes to disk and renames the temporary file to the target atomically. */
    public void commit() throws IOException {
        commit(true);
    }

    /**
     * Renames the temporary file to the target atomically without forcing its bytes to disk first: still whole
     * or absent after a kill of the process, but after a power cut the file may come back empty or torn. For
     * files that are only a cache of work that can be redone (the batch journal), where a forced write per
     * file would make a batch wait on the disk for every input.
     */
    public void commitWithoutSync() throws IOException {
        commit(false);
    }

    private void commit(boolean force) throws IOException {
        if (committed) {
            return;
        }
        out.flush();
        if (force) {
            channel.force(true);
        }
        channel.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some file systems refuse to combine the two options; ATOMIC_MOVE alone still replaces on POSIX
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            channel.close();
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes temporary files an earlier, killed write of {@code target} left behind. */
    public static void removeStale(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (!Files.isDirectory(dir)) {
            return;
        }
        String prefix = "." + abs.getFileName() + ".";
        try (var s = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path p : s) {
                Files.deleteIfExists(p);
            }
        }
    }
}
