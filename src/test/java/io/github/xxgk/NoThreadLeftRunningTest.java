package io.github.xxgk;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check run after every test tells a thread stuck in our code from an idle pool thread. */
class NoThreadLeftRunningTest {

    @Test
    void aThreadInOurCodeIsSeenAndAnIdlePoolThreadIsNot() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread stuck = new Thread(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stuck-in-a-test");
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            stuck.start();
            assertTrue(started.await(60, TimeUnit.SECONDS));
            pool.submit(() -> 1).get(); // leaves one idle thread, waiting in the JDK's queue for work
            assertTrue(NoThreadLeftRunning.runningOurCode().containsKey(stuck), "a thread waiting inside a test's lambda");
            assertFalse(NoThreadLeftRunning.runningOurCode().keySet().stream().anyMatch(t -> t.getName().startsWith("pool-")),
                    "an idle pool thread runs no code of ours");
        } finally {
            release.countDown();
            stuck.join(TimeUnit.SECONDS.toMillis(60));
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertFalse(stuck.isAlive());
        assertFalse(NoThreadLeftRunning.runningOurCode().containsKey(stuck));
    }
}
