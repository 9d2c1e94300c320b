package io.github.xxgk.internal.batch;

import io.github.xxgk.report.Report;
import io.github.xxgk.internal.Pipeline;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.internal.output.BatchStatus;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.Sources;
import io.github.xxgk.internal.source.ocr.OcrEngine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One input of a batch, from its bytes to its outcome: the library call, limits and per-file time limit that
 * the CLI's {@link io.github.xxgk.Batch} uses, shared with the Spark job ({@code io.github.xxgk.spark.ExtractJob}) so that both
 * give the same status, message and report for the same file.
 */
public final class FileExtraction {

    private FileExtraction() {
    }

    /**
     * What one input gave. {@code reason} is the library's reason code of a failure (null for a report);
     * {@code report} is null unless the status is ok.
     */
    public record Outcome(String sha256, long bytes, String kind, BatchStatus status, String reason, String message,
                          long milliseconds, Report report) {

        /** Whether a later run may reuse this outcome: it depends on the content alone. */
        public boolean journaled() {
            return sha256 != null && (report != null || Journal.journaled(status, reason));
        }

        public Journal.Entry entry() {
            return new Journal.Entry(sha256, bytes, kind, status, message, milliseconds, report);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** What the content is (text, pdf, html, ...), as the status CSV's kind column names it. */
    public static String kind(byte[] content) {
        return Sources.sniff(content).code();
    }

    /** An input over the size limit, refused before it is read. */
    public static Outcome tooLarge(long size, long startNanos) {
        return new Outcome(null, size, null, BatchStatus.ERROR, "too-large",
                size + " bytes, more than the limit of " + Pipeline.MAX_BYTES, millisSince(startNanos), null);
    }

    public static String timeoutMessage(long timeoutMillis) {
        return "took longer than " + (timeoutMillis / 1000.0) + " s; abandoned";
    }

    /**
     * A failure's message. Memory and stack run out outside the readers' guards too (a picture decoder's buffers,
     * a deep recursion in a library): the read of that file is ended and the message says what ran out, so
     * that the file can be tried again where there is more of it.
     */
    public static String errorMessage(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "ran out of memory while reading this file (" + t + ")";
        }
        if (t instanceof StackOverflowError) {
            return "ran out of stack while reading this file (" + t + ")";
        }
        return "unexpected error: " + t;
    }

    /** An input not read again: processes ended while reading it, {@link Crashes#LIMIT} times. */
    public static Outcome crashed(String sha256, long bytes, String kind) {
        return new Outcome(sha256, bytes, kind, BatchStatus.CRASHED, "crashed", Crashes.MESSAGE, 0, null);
    }

    /**
     * Extracts on the calling thread. With a time limit the library's readers check the deadline at each page
     * and table and stop there by themselves; a caller's timer (interrupt, then abandon) is for a reader that
     * does not get to a checkpoint. When memory or stack ran out during the read, the library's guard ended it
     * and the {@code OutOfMemoryError} or {@code StackOverflowError} is thrown here, for the caller's pool to
     * count ({@link WorkerPool}).
     */
    public static Outcome extract(byte[] content, String name, String sha256, String kind, long startNanos, long timeoutMillis) {
        return extract(content, name, sha256, kind, startNanos, timeoutMillis, Sources::read, OcrMode.AUTO);
    }

    /**
     * {@link #extract} with this reader in place of the one the content picks (a test's stand-in whose speed it
     * controls) and these pages read by OCR.
     */
    public static Outcome extract(byte[] content, String name, String sha256, String kind, long startNanos, long timeoutMillis,
                           ReportSource reader, OcrMode ocr) {
        if (timeoutMillis > 0) {
            Checkpoint.deadline(startNanos + timeoutMillis * 1_000_000L);
        }
        try {
            Report r = Pipeline.extract(content, name, Limits.DEFAULT.withTimeout(null).withOcr(ocr), reader);
            return new Outcome(sha256, content.length, kind, BatchStatus.OK, null, "", millisSince(startNanos), r);
        } catch (XxgkException e) {
            if (e.getCause() instanceof OutOfMemoryError || e.getCause() instanceof StackOverflowError) {
                // the library's guard ended the read; the batch's pool decides what follows (see WorkerPool)
                throw (VirtualMachineError) e.getCause();
            }
            String msg = e.getMessage() + (e.page() == null ? "" : " (page " + e.page() + ")");
            return new Outcome(sha256, content.length, kind, BatchStatus.of(e.reason()), e.reason().code(), msg,
                    millisSince(startNanos), null);
        } finally {
            Checkpoint.deadline(null);
            // the worker may not read again before the pool starts another thread, which can take this engine
            OcrEngine.releaseThisThread();
        }
    }

    /**
     * {@link #extract} under the batch's timer, for a caller that has no {@link WorkerPool} of its own (a Spark
     * task): past {@code timeoutMillis} the worker is interrupted and, if it does not stop, abandoned on a daemon
     * thread, and the outcome is {@code timeout}, as in the CLI.
     */
    public static Outcome extractWithin(byte[] content, String name, String sha256, String kind, long timeoutMillis)
            throws InterruptedException {
        return extractWithin(content, name, sha256, kind, timeoutMillis, Sources::read);
    }

    /** {@link #extractWithin} with this reader in place of the one the content picks (a test's stand-in). */
    public static Outcome extractWithin(byte[] content, String name, String sha256, String kind, long timeoutMillis,
                                        ReportSource reader) throws InterruptedException {
        long start = System.nanoTime();
        Outcome[] settled = new Outcome[1];
        try {
            new WorkerPool<Outcome>(1, timeoutMillis).run(1,
                    i -> extract(content, name, sha256, kind, start, timeoutMillis, reader, OcrMode.AUTO),
                    (i, t) -> failure(sha256, content.length, kind, BatchStatus.ERROR, "error", errorMessage(t), start),
                    i -> failure(sha256, content.length, kind, BatchStatus.TIMEOUT, "timeout", timeoutMessage(timeoutMillis), start),
                    (i, r) -> settled[0] = r);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the sink only stores the outcome", e);
        }
        return settled[0];
    }

    public static Outcome failure(String sha256, long bytes, String kind, BatchStatus status, String reason, String message,
                           long startNanos) {
        return new Outcome(sha256, bytes, kind, status, reason, message, millisSince(startNanos), null);
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
