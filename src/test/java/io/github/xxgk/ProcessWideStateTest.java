package io.github.xxgk;

import io.github.xxgk.report.Report;
import io.github.xxgk.internal.guard.MemoryBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two process-wide settings an embedding application controls, and the library's silence. */
class ProcessWideStateTest {

    private static final Path SEED = Path.of("samples/gd-2023-seed.txt");

    private long budgetBefore;

    @BeforeEach
    void remember() {
        budgetBefore = Xxgk.memoryBudget();
    }

    @AfterEach
    void restore() {
        Xxgk.setExecutor(null);
        Xxgk.setMemoryBudget(budgetBefore);
    }

    @Test
    void callsWithATimeLimitRunOnTheApplicationsExecutor() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> new Thread(r, "app-extraction")) {
            @Override
            protected void beforeExecute(Thread t, Runnable r) {
                ran.incrementAndGet();
            }
        };
        try {
            Xxgk.setExecutor(pool);
            Report timed = Xxgk.extract(SEED, Duration.ofMinutes(5));
            assertEquals(1, ran.get(), "the timed call ran on the application's executor");
            Report inline = Xxgk.extract(SEED);
            assertEquals(1, ran.get(), "a call without a time limit stays on the caller's thread");
            assertEquals(inline.cells(), timed.cells());
        } finally {
            shutdown(pool);
        }
        Xxgk.setExecutor(null);
        Xxgk.extract(SEED, Duration.ofMinutes(5));
        assertEquals(1, ran.get(), "null restores the library's own pool");
    }

    @Test
    void theMemoryBudgetIsSettableAndAnInputLargerThanItRunsAlone() throws Exception {
        Xxgk.setMemoryBudget(16L << 20);
        assertEquals(16L << 20, Xxgk.memoryBudget());
        // the seed's estimate (8 MiB + 8 × its size) fits; a budget of the 8 MiB floor does not hold it, and the
        // call still runs, alone, and hands its reservation back
        Xxgk.setMemoryBudget(1);
        assertEquals(8L << 20, Xxgk.memoryBudget());
        Report r = Xxgk.extract(SEED);
        assertEquals(Xxgk.extract(SEED).cells(), r.cells());
        assertEquals(MemoryBudget.shared().capacity(), MemoryBudget.shared().available());
    }

    @Test
    void aBudgetReplacedWhileACallHoldsMemoryIsNotMiscounted() throws Exception {
        MemoryBudget old = MemoryBudget.shared();
        long held = old.acquire(old.capacity(), Long.MAX_VALUE);
        Xxgk.setMemoryBudget(64L << 20);
        MemoryBudget now = MemoryBudget.shared();
        old.release(held);
        assertEquals(now.capacity(), now.available());
        assertEquals(old.capacity(), old.available());
    }

    /**
     * Every sample (text, HTML, DOCX, PDF) through the library with System.out and System.err captured. A consumer's
     * real stderr, without any slf4j backend, is checked by .ci/consumer.
     */
    @Test
    void extractionWritesNothingToStdoutOrStderr() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(samples.size() >= 6, "samples: " + samples);
        System.setOut(both);
        System.setErr(both);
        try {
            for (Path p : samples) {
                Xxgk.extract(p);
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    private static void shutdown(ExecutorService pool) throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }
}
