package io.github.xxgk;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a batch on stderr. On a terminal: one line redrawn in place,
 * {@code [#####.....] 412/2000  21%  38.2 files/s  ETA 0:41  failed 3}. Otherwise (a log file, a pipe, a CI
 * job) a plain line every {@code interval} seconds, and one at the end if any was printed (a short batch
 * leaves stderr to the failure lines). Messages about single files go through
 * {@link #println(String)} so that they never tear the bar.
 */
public final class Progress implements AutoCloseable {

    /** How progress is shown: a bar redrawn in place (a terminal), a line every interval (a log), or not at all. */
    public enum Mode { BAR, LINES, NONE }

    private final PrintStream err;
    private final Mode mode;
    private final int total;
    private final LongSupplier nanoClock;
    private final long start;
    private final ScheduledExecutorService ticker;
    private int done;
    private int failed;
    private int resumed;
    private boolean barShown;
    private boolean linesShown;

    Progress(PrintStream err, Mode mode, int total, double intervalSeconds) {
        this(err, mode, total, intervalSeconds, System::nanoTime);
    }

    /** @param nanoClock the time ({@link System#nanoTime()} or a test's) that the rate, ETA and final line are measured by */
    Progress(PrintStream err, Mode mode, int total, double intervalSeconds, LongSupplier nanoClock) {
        this.err = err;
        this.mode = mode;
        this.total = total;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        if (mode == Mode.NONE || total == 0) {
            ticker = null;
        } else {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "xxgk-progress");
                t.setDaemon(true);
                return t;
            });
            long period = mode == Mode.BAR ? 200 : Math.max(100, (long) (intervalSeconds * 1000));
            ticker.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** BAR when stderr is most likely a terminal (the JVM has a console and TERM is not "dumb"), else LINES. */
    public static Mode auto() {
        String term = System.getenv("TERM");
        return System.console() != null && !"dumb".equals(term) ? Mode.BAR : Mode.LINES;
    }

    synchronized void fileDone(boolean ok, boolean fromJournal) {
        done++;
        if (!ok) {
            failed++;
        }
        if (fromJournal) {
            resumed++;
        }
    }

    synchronized void println(String line) {
        clearBar();
        err.println(line);
        if (mode == Mode.BAR) {
            draw();
        }
    }

    /** One beat of the ticker: redraw the bar, or print a line. */
    synchronized void tick() {
        if (mode == Mode.BAR) {
            draw();
        } else if (mode == Mode.LINES) {
            err.println("xxgk: " + summary());
            linesShown = true;
        }
    }

    private void draw() {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + summary() + "\u001b[K");
        err.flush();
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\u001b[K");
            barShown = false;
        }
    }

    private String summary() {
        double secs = (nanoClock.getAsLong() - start) / 1e9;
        int fresh = done - resumed;
        double rate = secs > 0 ? fresh / secs : 0;
        String eta = rate > 0 ? clock((total - done) / rate) : "--:--";
        return String.format(Locale.ROOT, "%d/%d %3d%%  %.1f files/s  ETA %s  failed %d%s", done, total,
                total == 0 ? 100 : done * 100 / total, rate, eta, failed, resumed > 0 ? "  reused " + resumed : "");
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Stops the ticker and leaves a final line (LINES, BAR) saying how the batch went. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            // a tick under way finishes before the final line, and no ticker thread outlives the batch; not while
            // holding this lock, which that tick may be waiting for
            try {
                ticker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        finish();
    }

    private synchronized void finish() {
        if (mode == Mode.NONE || (mode == Mode.LINES && !linesShown)) {
            return; // a short run without a terminal: stderr holds only the failure lines
        }
        clearBar();
        double secs = (nanoClock.getAsLong() - start) / 1e9;
        err.println(String.format(Locale.ROOT, "xxgk: %d files in %.1f s: %d gave tables, %d failed; %d taken from the journal (done by an earlier run, or a copy of another input)",
                done, secs, done - failed, failed, resumed));
    }
}
