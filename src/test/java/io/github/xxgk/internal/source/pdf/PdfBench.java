package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.Xxgk;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark of the PDF reader against poppler's {@code pdftotext -layout} and tabula-java's own CLI
 * ({@code technology.tabula.CommandLineApp -p all}), per PDF, median of N runs.
 *
 * <pre>
 * java -cp TEST_CLASSPATH io.github.xxgk.internal.source.pdf.PdfBench [-n 5] [-tabula-cp CP] [-xxgk-jar target/xxgk.jar] FILE...
 * </pre>
 * Ours is timed in process (warm JVM: the reader alone, and the whole extraction through {@link Xxgk}), and
 * as a process per file like the other two ({@code java -jar xxgk.jar extract FILE -o /dev/null}), which
 * includes the JVM's start.
 */
public final class PdfBench {

    public static void main(String[] args) throws Exception {
        int n = 5;
        String tabulaCp = null;
        String xxgkJar = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-n" -> n = Integer.parseInt(args[++i]);
                case "-tabula-cp" -> tabulaCp = args[++i];
                case "-xxgk-jar" -> xxgkJar = args[++i];
                default -> files.add(Path.of(args[i]));
            }
        }
        final String jar = xxgkJar;
        final String tcp = tabulaCp;
        List<byte[]> bytes = new ArrayList<>();
        for (Path f : files) {
            bytes.add(Files.readAllBytes(f));
        }
        // warm up the JVM on every file
        for (int w = 0; w < 3; w++) {
            for (int i = 0; i < files.size(); i++) {
                PdfReader.read(bytes.get(i), files.get(i).toString());
            }
        }
        double[] sum = new double[5];
        System.out.printf("%-40s %10s %10s %10s %10s %10s%n", "file (median ms of " + n + ")", "reader", "extract",
                "pdftotext", "xxgk-cli", "tabula-cli");
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            byte[] b = bytes.get(i);
            double reader = median(n, () -> PdfReader.read(b, f.toString()));
            double extract = median(n, () -> Xxgk.extract(b, f.toString()));
            double pdftotext = median(n, () -> run("pdftotext", "-layout", f.toString(), "/dev/null"));
            double cli = xxgkJar == null ? Double.NaN
                    : median(n, () -> run("java", "-jar", jar, "extract", f.toString(), "-o", "/dev/null"));
            double tabula = tabulaCp == null ? Double.NaN
                    : median(n, () -> run("java", "-cp", tcp, "technology.tabula.CommandLineApp", "-p", "all",
                    "-o", "/dev/null", f.toString()));
            double[] row = {reader, extract, pdftotext, cli, tabula};
            for (int k = 0; k < row.length; k++) {
                sum[k] += row[k];
            }
            System.out.printf("%-40s %10.1f %10.1f %10.1f %10.1f %10.1f%n", shorten(f.toString()), reader, extract, pdftotext, cli, tabula);
        }
        int m = files.size();
        System.out.printf("%-40s %10.1f %10.1f %10.1f %10.1f %10.1f%n", "mean per PDF", sum[0] / m, sum[1] / m, sum[2] / m, sum[3] / m, sum[4] / m);
        System.out.printf("reader / pdftotext = %.2f; extract / pdftotext = %.2f; tabula-cli / xxgk-cli = %.2f; tabula-cli / extract = %.1f%n",
                sum[0] / sum[2], sum[1] / sum[2], sum[4] / sum[3], sum[4] / sum[1]);
    }

    private interface Task {
        void run() throws Exception;
    }

    private static double median(int n, Task t) throws Exception {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            t.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException(String.join(" ", cmd) + " exited with " + rc);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : "…" + s.substring(s.length() - 39);
    }
}
