package io.github.xxgk;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * After every test (registered for all of them through {@code META-INF/services} and
 * {@code junit-platform.properties}): no other thread may still be running our code, the test's or xxgk's. A
 * worker the test interrupted gets time to reach its checkpoint and end; one still there after that burns a
 * core or holds a lock for whatever test runs next, so the test that left it fails. Idle pool threads run only
 * JDK code and are not counted.
 */
public final class NoThreadLeftRunning implements AfterEachCallback {

    /** An interrupted worker ends at once unless the code is broken; this only bounds how long a failure takes. */
    private static final long BROKEN_AFTER_SECONDS = 60;

    private static final String OURS = "io.github.xxgk.";

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BROKEN_AFTER_SECONDS);
        Map<Thread, StackTraceElement[]> running = runningOurCode();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            running = runningOurCode();
        }
        if (!running.isEmpty()) {
            fail(context.getDisplayName() + " left threads running our code:\n" + running.entrySet().stream()
                    .map(e -> e.getKey().getName() + "\n\tat " + Arrays.stream(e.getValue()).limit(12)
                            .map(String::valueOf).collect(Collectors.joining("\n\tat ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    /** Threads other than this one with a frame of our code on their stack. */
    static Map<Thread, StackTraceElement[]> runningOurCode() {
        Thread me = Thread.currentThread();
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey() != me && e.getKey().isAlive())
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith(OURS)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
