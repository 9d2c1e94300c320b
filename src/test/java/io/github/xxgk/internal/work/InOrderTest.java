package io.github.xxgk.internal.work;

import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.report.XxgkException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pieces of a read run by a helper, without racing the clock: who runs which piece is fixed by construction (a
 * piece the reader runs waits until the helper has run another), and the deadline is one that has already passed.
 */
class InOrderTest {

    /** How long a test waits for something that happens at once unless the code is broken. */
    private static final long BROKEN_AFTER_SECONDS = 60;

    private final TaskExchange exchange = new TaskExchange();
    private final AtomicBoolean over = new AtomicBoolean();
    private final List<Thread> helpers = new ArrayList<>();

    /** A helper on its own thread, helping once {@code start} opens, until the test ends. */
    private Thread helper(CountDownLatch start) {
        Thread t = new Thread(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                return;
            }
            exchange.help(over::get);
        }, "test-helper");
        t.setDaemon(true);
        t.start();
        helpers.add(t);
        return t;
    }

    @AfterEach
    void stopHelpers() throws InterruptedException {
        over.set(true);
        for (Thread t : helpers) {
            t.join(TimeUnit.SECONDS.toMillis(BROKEN_AFTER_SECONDS));
            assertTrue(!t.isAlive(), "a helper did not stop");
        }
        Checkpoint.deadline(null);
    }

    @Test
    void aHelperRunsAPieceAndTheResultsComeBackInOrder() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        AtomicReference<Thread> ranSecond = new AtomicReference<>();
        Thread helper = helper(firstRunning);
        try (InOrder<String> pieces = new InOrder<>(exchange, "test.pdf")) {
            int a = pieces.submit(() -> {
                // the reader runs this one; it ends only once the helper, let in now, has run the other
                firstRunning.countDown();
                assertTrue(secondDone.await(BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "the helper never ran the second piece");
                return "page 1";
            });
            int b = pieces.submit(() -> {
                ranSecond.set(Thread.currentThread());
                secondDone.countDown();
                return "page 2";
            });
            assertEquals("page 1", pieces.take(a, 1));
            assertEquals("page 2", pieces.take(b, 2));
        }
        assertEquals(helper, ranSecond.get());
    }

    @Test
    void withNoHelperTheReaderRunsEachPieceBeforePreparingTheNext() throws Exception {
        List<String> events = new ArrayList<>();
        try (InOrder<Integer> pieces = new InOrder<>(exchange, "test.pdf")) {
            List<Integer> handed = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                pieces.awaitRoom(page);
                events.add("prepare " + page);
                int p = page;
                handed.add(pieces.submit(() -> {
                    events.add("read " + p);
                    return p * 10;
                }));
            }
            List<Integer> got = new ArrayList<>();
            for (int i = 0; i < handed.size(); i++) {
                got.add(pieces.take(handed.get(i), i + 1));
            }
            assertEquals(List.of(10, 20, 30), got);
        }
        // one page in hand at a time, as a reader alone reads them
        assertEquals(List.of("prepare 1", "read 1", "prepare 2", "read 2", "prepare 3", "read 3"), events);
    }

    @Test
    void aPassedDeadlineStopsAPieceOnTheHelperToo() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        helper(start);
        Checkpoint.deadline(System.nanoTime() - 1);
        AtomicReference<Thread> ran = new AtomicReference<>();
        try (InOrder<String> pieces = new InOrder<>(exchange, "test.pdf")) {
            int a = pieces.submit(() -> {
                ran.set(Thread.currentThread());
                Checkpoint.check("test.pdf", 1);
                return "read past the deadline";
            });
            start.countDown();
            // whoever runs it, the piece runs under the reader's deadline, which has passed
            XxgkException e = assertThrows(XxgkException.class, () -> pieces.take(a, 1));
            assertEquals(XxgkException.Reason.TIMEOUT, e.reason());
        }
        assertTrue(ran.get() != null);
    }

    @Test
    void aReaderThatGivesUpStopsThePieceItsHelperRuns() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread helper = helper(start);
        AtomicReference<Thread> ran = new AtomicReference<>();
        InOrder<String> pieces = new InOrder<>(exchange, "test.pdf");
        int a = pieces.submit(() -> {
            ran.set(Thread.currentThread());
            running.countDown();
            // a reader stuck until a checkpoint tells it to stop
            while (!Checkpoint.expired()) {
                Thread.sleep(1);
            }
            stopped.countDown();
            return "never taken";
        });
        start.countDown();
        assertTrue(running.await(BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "the helper never took the piece");
        assertEquals(helper, ran.get());
        // the reader's thread is interrupted (its batch's time limit) while it waits for the helper's piece
        Thread.currentThread().interrupt();
        try {
            XxgkException e = assertThrows(XxgkException.class, () -> pieces.take(a, 1));
            assertEquals(XxgkException.Reason.TIMEOUT, e.reason());
        } finally {
            Thread.interrupted();
        }
        pieces.close();
        assertTrue(stopped.await(BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "the helper's piece did not stop");
        assertNotEquals(Thread.currentThread(), ran.get());
    }

    @Test
    void piecesGivenUpAreTakenBackFromTheExchange() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        InOrder<String> pieces = new InOrder<>(exchange, "test.pdf");
        pieces.submit(() -> {
            ran.set(true);
            return "page 1";
        });
        pieces.submit(() -> "page 2");
        assertEquals(2, exchange.waiting());
        pieces.close();
        // nothing is left for a helper that comes afterwards
        assertEquals(0, exchange.waiting());
        assertTrue(!ran.get());
    }
}
