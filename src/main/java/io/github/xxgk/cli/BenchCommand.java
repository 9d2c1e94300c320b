package io.github.xxgk.cli;

import io.github.xxgk.internal.batch.InputFiles;

import io.github.xxgk.Xxgk;
import io.github.xxgk.report.XxgkException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code xxgk bench INPUT...}: extracts the inputs repeatedly in memory (files read once, no output written)
 * and reports reports/s after a warm-up, per input kind.
 *
 * <p>With {@code --files N}: per input kind, a batch of N files (the kind's inputs repeated in turn) extracted
 * by a pool of each of the {@code --threads} counts, timed from the first file to the last; prints reports/s
 * and the peak heap used. Run it under {@code -Xmx256m} to check the memory target.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure extraction throughput (reports/s).")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<Path> inputs;

    @Option(names = "--seconds", defaultValue = "10", description = "Measuring time per kind (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up time per kind (default ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--files", paramLabel = "N", description = "Batch mode: extract N files per kind (the inputs repeated) on a worker pool.")
    Integer batchFiles;

    @Option(names = "--threads", split = ",", paramLabel = "T", defaultValue = "1,2",
            description = "Batch mode: pool sizes to measure (default ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND", description = "Only these input kinds (pdf, html, text, docx ...).")
    List<String> kinds;

    PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        List<Path> files = InputFiles.expand(inputs);
        java.util.Map<String, List<Object[]>> byKind = new java.util.TreeMap<>();
        for (Path f : files) {
            byte[] content = Files.readAllBytes(f);
            String kind = io.github.xxgk.internal.source.Sources.sniff(content).code();
            if (kinds == null || kinds.contains(kind)) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Object[] {f.toString(), content});
            }
        }
        if (batchFiles != null) {
            for (var e : byKind.entrySet()) {
                batch(e.getKey(), e.getValue());
            }
            return 0;
        }
        for (var e : byKind.entrySet()) {
            List<Object[]> docs = e.getValue();
            run(docs, warmup);
            long start = System.nanoTime();
            int n = run(docs, seconds);
            double secs = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "%-6s %5d files  %8d reports in %6.2f s  %9.1f reports/s  %7.2f ms/report%n",
                    e.getKey(), docs.size(), n, secs, n / secs, 1000 * secs / n);
        }
        return 0;
    }

    private void batch(String kind, List<Object[]> docs) throws InterruptedException {
        run(docs, warmup); // JIT and class loading out of the measurement
        for (int t : threads) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(t);
            java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
            System.gc();
            HeapWatch watch = new HeapWatch();
            long start = System.nanoTime();
            for (int i = 0; i < batchFiles; i++) {
                Object[] d = docs.get(i % docs.size());
                pool.execute(() -> {
                    try {
                        Xxgk.extract((byte[]) d[1], (String) d[0]);
                        ok.incrementAndGet();
                    } catch (XxgkException ignored) {
                        // a failing input costs its time like any other; the rate counts attempts
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.DAYS);
            double secs = (System.nanoTime() - start) / 1e9;
            watch.close();
            out.printf(Locale.ROOT, "%-6s %5d files (%d distinct, %d gave tables)  %d thread%s  %7.2f s  %8.1f reports/s"
                            + "  heap used max %d MB, after GC max %d MB (of %d MB)%n", kind, batchFiles, docs.size(), ok.get(), t,
                    t == 1 ? " " : "s", secs, batchFiles / secs, watch.maxUsed >> 20, watch.maxAfterGc >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /**
     * Samples the heap every 20 ms: the most it held (garbage included) and the most that survived a collection
     * (what the batch really keeps alive).
     */
    private static final class HeapWatch implements AutoCloseable {
        volatile long maxUsed;
        volatile long maxAfterGc;
        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread th = new Thread(r, "xxgk-heap-watch");
                    th.setDaemon(true);
                    return th;
                });

        HeapWatch() {
            var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
            var pools = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null).toList();
            timer.scheduleAtFixedRate(() -> {
                maxUsed = Math.max(maxUsed, memory.getHeapMemoryUsage().getUsed());
                long after = pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
                maxAfterGc = Math.max(maxAfterGc, after);
            }, 0, 20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    private static int run(List<Object[]> docs, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int n = 0;
        do {
            for (Object[] d : docs) {
                try {
                    Xxgk.extract((byte[]) d[1], (String) d[0]);
                } catch (XxgkException ignored) {
                    // a failing input costs its time like any other; the rate counts attempts
                }
                n++;
            }
        } while (System.nanoTime() < end);
        return n;
    }
}
