package io.github.xxgk.internal.batch;

import io.github.xxgk.report.Report;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes each report, in input order, on a thread of its own while the batch is still extracting: a report is
 * written as soon as it and every input before it are settled. Batch's outputs that need no other input's
 * result (the long CSV, panel, sections, wide and JSON files) go this way.
 *
 * <p>Why: written after the extraction, these outputs were a serial tail on one thread while the other cores
 * idled (13% of the CPU of a 420-PDF batch, JFR), which is most of why two threads did not halve a batch's time.
 *
 * <p>A report travels here in memory; past {@link #HELD} reports waiting for an earlier, slower input the
 * rest are dropped and read back from the journal at their turn, so that one input stuck until its time limit
 * does not make the batch hold every report finished meanwhile.
 */
public final class InOrderWriter implements AutoCloseable {

    /** Writes one settled input; {@code report} is null for an input that gave no report. */
    public interface Step {
        void write(int index, Report report) throws Exception;
    }

    /** Gives the report of a settled input whose report was not held (from the journal). */
    public interface ReadBack {
        Report read(int index) throws Exception;
    }

    /** Reports held in memory at most, waiting for their turn. */
    static final int HELD = 64;

    private final int n;
    private final Step step;
    private final ReadBack readBack;
    private final boolean[] settled;
    private final boolean[] ok;
    private final Map<Integer, Report> held = new HashMap<>();
    private final Thread thread;
    private volatile Exception failure;

    public InOrderWriter(int n, Step step, ReadBack readBack) {
        this.n = n;
        this.step = step;
        this.readBack = readBack;
        this.settled = new boolean[n];
        this.ok = new boolean[n];
        this.thread = new Thread(this::drain, "xxgk-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Input {@code index} is settled: {@code gave} whether it gave a report, {@code report} that report when the
     * caller has it in memory (else null: it is read back). Any thread; rethrows what the writing threw so far.
     */
    public synchronized void settled(int index, boolean gave, Report report) throws Exception {
        rethrow();
        settled[index] = true;
        ok[index] = gave;
        if (gave && report != null && held.size() < HELD) {
            held.put(index, report);
        }
        notifyAll();
    }

    /** Waits until every input is written; rethrows what the writing threw. */
    public void finish() throws Exception {
        thread.join();
        rethrow();
    }

    private void rethrow() throws Exception {
        if (failure != null) {
            throw failure;
        }
    }

    private void drain() {
        try {
            for (int i = 0; i < n; i++) {
                Report report;
                boolean gave;
                synchronized (this) {
                    while (!settled[i]) {
                        wait();
                    }
                    gave = ok[i];
                    report = held.remove(i);
                }
                if (gave && report == null) {
                    report = readBack.read(i);
                }
                step.write(i, report);
            }
        } catch (InterruptedException e) {
            failure = e; // closed before every input was settled: the batch stopped
        } catch (Exception e) {
            failure = e;
        }
    }

    /** Whether the writer's thread is still alive. */
    public boolean running() {
        return thread.isAlive();
    }

    /** Stops the writer if it still waits (the batch stopped early) and waits for its thread to end. */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
