package io.github.xxgk.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkerPoolTest {

    @Test
    void aTaskOverItsTimeIsSettledAndItsSlotReused() throws Exception {
        Map<Integer, String> got = new ConcurrentHashMap<>();
        WorkerPool<String> pool = new WorkerPool<>(1, 300);
        long start = System.nanoTime();
        pool.run(4, i -> {
            if (i == 1) {
                long until = System.nanoTime() + 60_000_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // deaf to interrupts: has to be abandoned
                }
            }
            if (i == 2) {
                Thread.sleep(60_000); // interruptible
            }
            if (i == 3) {
                throw new IllegalStateException("boom");
            }
            return "ok " + i;
        }, (i, t) -> "failed " + t.getMessage(), i -> "timeout", got::put);
        double secs = (System.nanoTime() - start) / 1e9;
        assertEquals(Map.of(0, "ok 0", 1, "timeout", 2, "timeout", 3, "failed boom"), got);
        assertTrue(secs < 10, "with one thread, the two stuck tasks must not hold the slot: " + secs + " s");
    }

    @Test
    void everyIndexIsSettledOnceWithManyThreads() throws Exception {
        Map<Integer, Integer> calls = new ConcurrentHashMap<>();
        new WorkerPool<Integer>(3, 0).run(500, i -> i * 2, (i, t) -> -1, i -> -2, (i, r) -> calls.merge(i, r, (a, b) -> -99));
        assertEquals(500, calls.size());
        calls.forEach((i, r) -> assertEquals(i * 2, r));
    }
}
