package io.github.xxgk.batch;

import io.github.xxgk.Report;
import io.github.xxgk.Xxgk;
import io.github.xxgk.XxgkException;
import io.github.xxgk.guard.Checkpoint;
import io.github.xxgk.guard.Limits;
import io.github.xxgk.guard.OcrMode;
import io.github.xxgk.output.BatchStatus;
import io.github.xxgk.source.ReportSource;
import io.github.xxgk.source.Sources;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One input of a batch, from its bytes to its outcome: the library call, limits and per-file time limit that
 * the CLI's {@link Batch} uses, shared with the Spark job ({@code io.github.xxgk.spark.ExtractJob}) so that both
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
                size + " bytes, more than the limit of " + Xxgk.MAX_BYTES, millisSince(startNanos), null);
    }

    public static String timeoutMessage(long timeoutMillis) {
        return "took longer than " + (timeoutMillis / 1000.0) + " s; abandoned";
    }

    public static String errorMessage(Throwable t) {
        return "unexpected error: " + t;
    }

    /**
     * Extracts on the calling thread. With a time limit the library's readers check the deadline at each page
     * and table and stop there by themselves; a caller's timer (interrupt, then abandon) is for a reader that
     * does not get to a checkpoint.
     */
    public static Outcome extract(byte[] content, String name, String sha256, String kind, long startNanos, long timeoutMillis) {
        return extract(content, name, sha256, kind, startNanos, timeoutMillis, Sources::read, OcrMode.AUTO);
    }

    /**
     * {@link #extract} with this reader in place of the one the content picks (a test's stand-in whose speed it
     * controls) and these pages read by OCR.
     */
    static Outcome extract(byte[] content, String name, String sha256, String kind, long startNanos, long timeoutMillis,
                           ReportSource reader, OcrMode ocr) {
        if (timeoutMillis > 0) {
            Checkpoint.deadline(startNanos + timeoutMillis * 1_000_000L);
        }
        try {
            Report r = Xxgk.extract(content, name, Limits.DEFAULT.withTimeout(null).withOcr(ocr), reader);
            return new Outcome(sha256, content.length, kind, BatchStatus.OK, null, "", millisSince(startNanos), r);
        } catch (XxgkException e) {
            String msg = e.getMessage() + (e.page() == null ? "" : " (page " + e.page() + ")");
            return new Outcome(sha256, content.length, kind, BatchStatus.of(e.reason()), e.reason().code(), msg,
                    millisSince(startNanos), null);
        } finally {
            Checkpoint.deadline(null);
        }
    }

    /**
     * {@link #extract} under the batch's timer, for a caller that has no {@link WorkerPool} of its own (a Spark
     * task): past {@code timeoutMillis} the worker is interrupted and, if it does not stop, abandoned on a daemon
     * thread, and the outcome is {@code timeout}, as in the CLI.
     */
    public static Outcome extractWithin(byte[] content, String name, String sha256, String kind, long timeoutMillis)
            throws InterruptedException {
        long start = System.nanoTime();
        Outcome[] settled = new Outcome[1];
        try {
            new WorkerPool<Outcome>(1, timeoutMillis).run(1,
                    i -> extract(content, name, sha256, kind, start, timeoutMillis),
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

    static Outcome failure(String sha256, long bytes, String kind, BatchStatus status, String reason, String message,
                           long startNanos) {
        return new Outcome(sha256, bytes, kind, status, reason, message, millisSince(startNanos), null);
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
