package io.github.xxgk;

import io.github.xxgk.internal.Pipeline;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.XxgkException;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * The library's entry point: read a report, find its standard tables, map them onto the canonical keys and
 * check them.
 *
 * <pre>{@code
 * Report r = Xxgk.extract(Path.of("report.pdf"));
 * r.cell(TableId.T3, "granted", "total").ifPresent(c -> System.out.println(c.value()));
 * }</pre>
 *
 * <p>The values it returns and takes ({@link Report}, {@link Limits}, {@link XxgkException}…) are in
 * {@code io.github.xxgk.report}; a batch of many files is {@link Batch}.
 */
public final class Xxgk {

    /** Inputs larger than this are refused before reading: no report is that big. */
    public static final long MAX_BYTES = Pipeline.MAX_BYTES;

    private Xxgk() {
    }

    // ---- process-wide state: two settings shared by every call in the JVM ---------------------------------

    /**
     * Sets the executor that runs calls made with a time limit ({@link #extract(Path, Duration)}, or
     * {@link Limits} with a timeout). Calls without a time limit run on the caller's thread and never use it.
     *
     * <p>The default is a cached pool of daemon threads named {@code xxgk-worker-N}, created on first use and
     * never shut down (its idle threads end after a minute). An application that manages its threads passes its
     * own; it must run each call at once (a cached pool, or a fixed pool with at least as many threads as calls
     * made at the same time): a call's time runs from the moment it is submitted, queued or not. On a timeout the
     * task is interrupted and the caller gets {@code timeout} at once; the task stops at its reader's next check.
     * The library never shuts an executor down.
     *
     * @param executor the executor, or null for the default pool
     */
    public static void setExecutor(ExecutorService executor) {
        Pipeline.setExecutor(executor);
    }

    /**
     * Sets the heap budget that extractions running at the same time share (process-wide). Each call reserves an
     * estimate of what its input needs (a multiple of its size, by kind) before reading and returns it when
     * done; a call whose estimate does not fit waits until others are done (within its time limit), and one
     * larger than the whole budget runs alone. The default is 60% of the JVM's maximum heap. Calls already
     * running keep the budget they started with.
     *
     * @param bytes the budget in bytes (at least 8 MiB is used)
     */
    public static void setMemoryBudget(long bytes) {
        Pipeline.setMemoryBudget(bytes);
    }

    /** The process-wide heap budget in bytes (see {@link #setMemoryBudget}). */
    public static long memoryBudget() {
        return Pipeline.memoryBudget();
    }

    /** Reads and checks one report on the calling thread, under {@link Limits#DEFAULT} without a time limit. */
    public static Report extract(Path path) throws XxgkException {
        return Pipeline.extract(path);
    }

    /**
     * Reads and checks one report with a time limit: the work runs on a worker thread, and when the limit is
     * reached this throws {@code timeout} and the caller goes on. The worker is interrupted and stops at its
     * next checkpoint (each PDF page, for instance).
     */
    public static Report extract(Path path, Duration timeout) throws XxgkException {
        return Pipeline.extract(path, timeout);
    }

    /** Reads and checks one report under these limits; with a timeout, on a worker thread (see above). */
    public static Report extract(Path path, Limits limits) throws XxgkException {
        return Pipeline.extract(path, limits);
    }

    /** Reads and checks one report from a stream (read whole first, up to {@link Limits#maxBytes()}), on the calling thread. */
    public static Report extract(InputStream in, String name) throws XxgkException {
        return Pipeline.extract(in, name);
    }

    /** Reads and checks one report held in memory, on the calling thread, under {@link Limits#DEFAULT}. */
    public static Report extract(byte[] content, String name) throws XxgkException {
        return Pipeline.extract(content, name);
    }

    /** Reads and checks one report held in memory under these limits; with a timeout, on a worker thread. */
    public static Report extract(byte[] content, String name, Limits limits) throws XxgkException {
        return Pipeline.extract(content, name, limits);
    }
}
