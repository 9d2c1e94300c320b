package io.github.xxgk.cli;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.github.xxgk.cli.BatchTestSupport.CORPUS;
import static io.github.xxgk.cli.BatchTestSupport.csv;
import static io.github.xxgk.cli.BatchTestSupport.extract;
import static io.github.xxgk.cli.BatchTestSupport.statusWithoutTimes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch run in a child JVM is killed (SIGKILL, no shutdown hooks) in the middle of its work, then resumed:
 * the resumed run must not extract again what the killed run finished, and its outputs must be exactly those
 * of a run that was never interrupted (every input once, in order).
 */
class KillAndResumeTest {

    private static final int FILES = 120;

    /** Distinct inputs (distinct hashes) from the corpus's text reports: report k with k trailing blank lines. */
    private static List<String> makeInputs(Path dir) throws IOException {
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(CORPUS)) {
            s.filter(p -> p.getFileName().toString().equals("tabbed.txt") || p.getFileName().toString().equals("seed.txt"))
                    .sorted().forEach(texts::add);
        }
        assertTrue(texts.size() >= 6);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Path src = texts.get(i % texts.size());
            byte[] body = Files.readAllBytes(src);
            byte[] padded = new byte[body.length + 1 + i / texts.size()];
            System.arraycopy(body, 0, padded, 0, body.length);
            java.util.Arrays.fill(padded, body.length, padded.length, (byte) '\n');
            Path f = dir.resolve(String.format("r%04d.txt", i));
            Files.write(f, padded);
            inputs.add(f.toString());
        }
        return inputs;
    }

    private static List<String> args(Path in, Path out) {
        return List.of(in.toString(), "-o", out.resolve("out.csv").toString(), "--findings", out.resolve("f.csv").toString(),
                "--status", out.resolve("s.csv").toString(), "--panel", out.resolve("p.csv").toString());
    }

    @Test
    void killedRunResumesWithNothingLostOrDuplicated(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        makeInputs(in);
        Path out = tmp.resolve("out");
        Path journal = Journal.dirFor(out.resolve("out.csv"));

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "extract"));
        cmd.addAll(args(in, out));
        cmd.addAll(List.of("--threads", "1", "--progress", "lines", "--progress-interval", "0.5"));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        int seen = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            seen = entries(journal);
            if (seen >= 20) {
                break;
            }
            Thread.sleep(5);
        }
        assertTrue(child.isAlive(), "the child finished before it could be killed (" + seen + " entries): "
                + Files.readString(tmp.resolve("child.log")));
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        int done = entries(journal);
        assertTrue(done >= 20 && done < FILES, done + " entries after the kill");
        for (String name : List.of("out.csv", "f.csv", "s.csv", "p.csv")) {
            assertFalse(Files.exists(out.resolve(name)), name + " must not exist before the batch completes");
        }

        BatchTestSupport.Run resumed = extract(args(in, out));
        assertEquals(0, resumed.exit(), resumed.err());
        assertEquals(FILES, resumed.command().lastRun.files());
        assertEquals(done, resumed.command().lastRun.resumed(), "every file finished before the kill is reused, no other");

        Path fresh = tmp.resolve("fresh");
        assertEquals(0, extract(args(in, fresh)).exit());
        for (String name : List.of("out.csv", "f.csv", "p.csv")) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
        }
        assertEquals(statusWithoutTimes(fresh.resolve("s.csv")), statusWithoutTimes(out.resolve("s.csv")));

        // every input exactly once in the status CSV and the panel, and its cells exactly once in the long CSV
        List<CSVRecord> status = csv(out.resolve("s.csv"));
        assertEquals(FILES, status.size());
        assertEquals(FILES, status.stream().map(r -> r.get("source")).distinct().count());
        assertEquals(FILES, csv(out.resolve("p.csv")).size());
        Set<String> cells = new HashSet<>();
        List<CSVRecord> longRows = csv(out.resolve("out.csv"));
        for (CSVRecord r : longRows) {
            assertTrue(cells.add(r.get("source") + " " + r.get("table") + "." + r.get("row") + "." + r.get("col")), "twice: " + r);
        }
        assertEquals(status.stream().mapToInt(r -> Integer.parseInt(r.get("cells"))).sum(), longRows.size());
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.toString().endsWith(".tmp")).toList(), "temporary files left");
        }
    }

    private static int entries(Path journal) throws IOException {
        if (!Files.isDirectory(journal)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(journal)) {
            return (int) s.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}
