package io.github.xxgk.robust;

import io.github.xxgk.report.Report;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.report.Limits;

import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** How one input ended: a report or an exception, and how long it took. */
record Outcome(String name, Report report, XxgkException error, long millis) {

    /** Every input must end within this (the CLI's default per-file limit is 60 s). */
    static final Duration LIMIT = Duration.ofSeconds(60);

    static Outcome of(byte[] content, String name) {
        return of(content, name, Limits.DEFAULT.withTimeout(LIMIT));
    }

    static Outcome of(byte[] content, String name, Limits limits) {
        long t0 = System.nanoTime();
        try {
            Report r = Xxgk.extract(content, name, limits);
            return new Outcome(name, r, null, (System.nanoTime() - t0) / 1_000_000);
        } catch (XxgkException e) {
            return new Outcome(name, null, e, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    Reason reason() {
        return error == null ? null : error.reason();
    }

    /** Ended as an exception with this reason, naming the input, with a message for a person. */
    Outcome failsWith(Reason expected) {
        if (error == null) {
            fail(name + ": expected " + expected.code() + " but got a report with " + report.cells().size() + " cells");
        }
        assertTrue(error.reason() == expected, () -> name + ": expected " + expected.code() + " but got "
                + error.reason().code() + ": " + error.describe());
        clearMessage();
        return this;
    }

    /** Ended as a report, or as an exception with one of these reasons; never an internal error. */
    Outcome endsCleanly(Set<Reason> allowed) {
        if (error != null) {
            assertTrue(allowed.contains(error.reason()), () -> name + ": reason " + error.reason().code() + " not expected: "
                    + error.describe() + (error.getCause() == null ? "" : " caused by " + error.getCause()));
            clearMessage();
        }
        assertTrue(millis < LIMIT.toMillis(), name + " took " + millis + " ms");
        return this;
    }

    Report readsAsReport() {
        assertNotNull(report, () -> name + ": expected a report but got " + error.reason().code() + ": " + error.describe());
        return report;
    }

    private void clearMessage() {
        assertNotNull(error.getMessage());
        assertFalse(error.getMessage().isBlank(), name + ": blank message");
        assertTrue(error.source() != null && error.source().equals(name), () -> name + ": exception names " + error.source());
        assertFalse(error.getMessage().contains("\n"), () -> name + ": message is not one line: " + error.getMessage());
    }
}
