package io.github.xxgk.cli;

import io.github.xxgk.Xxgk;
import io.github.xxgk.XxgkException;
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
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure extraction throughput (reports/s).")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<Path> inputs;

    @Option(names = "--seconds", defaultValue = "10", description = "Measuring time per kind (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up time per kind (default ${DEFAULT-VALUE}).")
    double warmup;

    PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        List<Path> files = InputFiles.expand(inputs);
        java.util.Map<String, List<Object[]>> byKind = new java.util.TreeMap<>();
        for (Path f : files) {
            byte[] content = Files.readAllBytes(f);
            String kind = io.github.xxgk.source.Sources.sniff(content).code();
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Object[] {f.toString(), content});
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
