package io.github.xxgk.internal.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the CLI's batch was reading when its process ended, kept in the {@link Journal}'s folder so that an input
 * that takes the whole process down (a crash in Tesseract's native code, the kernel's OOM killer) costs that
 * input and not every rerun of the batch.
 *
 * <p>Before an input is read, a mark {@code SHA256.RUN-N.flight} is written, holding the build's journal
 * version; it is deleted when the read ends, whatever its outcome, and every mark a run still has is deleted
 * when the run ends normally or is stopped by a signal (Ctrl-C, SIGTERM: the shutdown hook), since then the
 * process did not end because of what it was reading. A mark that stays is a death: its process ended while
 * reading that content. {@link Crashes} says what a number of deaths makes of an input.
 *
 * <p>Whether a mark's process is gone is told by a lock, not by a process id (ids are reused, and differ
 * between containers sharing a disk): each run holds an exclusive lock on {@code run-RUN.lock} for as long as
 * it lives, and the kernel releases it when the process ends, however it ends. A mark whose run's lock can be
 * taken, or whose lock file is gone, is a dead run's. A mark of another build is not counted: a new build
 * clears the count, as {@code --force} does.
 */
public final class InFlightMarks implements AutoCloseable {

    private static final String MARK = ".flight";
    /** A mark being written, before it is moved into place under its own name. */
    private static final String WRITING = ".writing";
    private static final String LOCK_PREFIX = "run-";
    private static final String LOCK = ".lock";

    private final Path dir;
    /**
     * This run's name among the marks of runs that share the folder, from other processes and hosts: the process
     * id, the time and random bits. A random UUID would do as well, but seeding its SecureRandom is a cost at
     * every start of a one-file run; the name guards against collisions, not an adversary.
     */
    private final String run = Long.toHexString(ProcessHandle.current().pid()) + "x"
            + Long.toHexString(System.currentTimeMillis()) + "x"
            + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 16);
    private final AtomicLong seq = new AtomicLong();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Thread onSignal;
    /** Dead marks found at the start, by content: the deaths counted against it. */
    private final Map<String, List<Path>> dead = new HashMap<>();
    private final Set<Path> mine = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A mark of one read in flight. */
    public record Mark(String sha256, Path file) {
    }

    /**
     * Takes this run's lock and counts the deaths the marks already in {@code dir} record.
     *
     * @param clear delete every mark instead ({@code --force})
     */
    public InFlightMarks(Path dir, boolean clear) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        Path lockFile = dir.resolve(LOCK_PREFIX + run + LOCK);
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        lock = lockChannel.lock();
        scan(clear);
        onSignal = new Thread(this::removeMine, "xxgk-marks");
        Runtime.getRuntime().addShutdownHook(onSignal);
    }

    private void scan(boolean clear) throws IOException {
        Map<String, Boolean> gone = new HashMap<>();
        // the marks, and those a run was still writing when it ended (one more part to their name)
        try (var s = Files.newDirectoryStream(dir, "*" + MARK + "*")) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                boolean writing = name.endsWith(MARK + WRITING);
                String[] parts = name.split("\\.");
                if (!writing && !name.endsWith(MARK) || parts.length != (writing ? 4 : 3)) {
                    continue;
                }
                String owner = parts[1].contains("-") ? parts[1].substring(0, parts[1].indexOf('-')) : parts[1];
                if (!gone.computeIfAbsent(owner, this::isGone)) {
                    continue; // another run reading into this journal right now: its reads are not deaths
                }
                if (writing || clear || !Journal.VERSION.equals(firstLine(p))) {
                    // a mark never moved into place had no read begun; another version's does not count
                    Files.deleteIfExists(p);
                } else {
                    dead.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(p);
                }
            }
        }
        for (Map.Entry<String, Boolean> e : gone.entrySet()) {
            if (e.getValue()) {
                Files.deleteIfExists(lockFile(e.getKey())); // a dead run's lock: its marks keep the count
            }
        }
    }

    /** Whether run {@code owner}'s process has ended: its lock file is gone or its lock can be taken. */
    private boolean isGone(String owner) {
        if (owner.equals(run)) {
            return false;
        }
        try (FileChannel c = FileChannel.open(lockFile(owner), StandardOpenOption.WRITE)) {
            FileLock l = c.tryLock();
            if (l == null) {
                return false;
            }
            l.release();
            return true;
        } catch (NoSuchFileException e) {
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // a run in this JVM holds it
        } catch (IOException e) {
            return false; // cannot tell: never count a death on a guess
        }
    }

    private Path lockFile(String owner) {
        return dir.resolve(LOCK_PREFIX + owner + LOCK);
    }

    private static String firstLine(Path p) {
        try {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        } catch (IOException e) {
            return null;
        }
    }

    /** How many times a process ended while reading this content (this build, since the last {@code --force}). */
    public int deaths(String sha256) {
        synchronized (dead) {
            List<Path> d = dead.get(sha256);
            return d == null ? 0 : d.size();
        }
    }

    /** Marks this content in flight: call before it is read. */
    public Mark mark(String sha256, String source) {
        Path p = dir.resolve(sha256 + "." + run + "-" + seq.incrementAndGet() + MARK);
        // written beside and moved into place: a process killed between creating the mark and writing it would
        // leave an empty one, which the next run takes for another version's and deletes, losing the death
        Path written = dir.resolve(p.getFileName() + WRITING);
        try {
            Files.writeString(written, Journal.VERSION + "\n" + source + "\n", StandardCharsets.UTF_8);
            Files.move(written, p, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark " + source + " in flight in " + dir + ": " + e.getMessage(), e);
        }
        mine.add(p);
        return new Mark(sha256, p);
    }

    /**
     * The read marked by {@code m} has ended without the process ending: its mark goes, and so do the deaths
     * counted against the content, which was read alone (see {@link Crashes#readAlone}) and did not kill the
     * process this time: those deaths were another input's.
     */
    public void ended(Mark m) {
        delete(m.file());
        forget(m.sha256());
    }

    /** The content's deaths are settled (an entry records what it gave): its dead marks go. */
    public void forget(String sha256) {
        List<Path> d;
        synchronized (dead) {
            d = dead.remove(sha256);
        }
        if (d != null) {
            d.forEach(this::delete);
        }
    }

    private void delete(Path p) {
        mine.remove(p);
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a mark that stays counts one death too many at worst, and only against a file read again
        }
    }

    private void removeMine() {
        for (Path p : new ArrayList<>(mine)) {
            delete(p);
        }
    }

    /** The run ends normally: what it still had in flight (an abandoned read) did not end the process. */
    @Override
    public void close() throws IOException {
        removeMine();
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs removeMine too
        }
        try {
            lock.release();
        } finally {
            lockChannel.close();
            Files.deleteIfExists(dir.resolve(LOCK_PREFIX + run + LOCK));
        }
    }
}
