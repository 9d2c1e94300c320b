package io.github.xxgk.cli;

import io.github.xxgk.internal.batch.Journal;


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
 *
 * <p>Where the child is when it is killed does not depend on the machine's speed: input number {@link #KILL_AT}
 * is a named pipe that nobody writes, so the child (one thread, no time limit) blocks on opening it right
 * after it has journaled the inputs before it, and stays there until it is killed.
 */
class KillAndResumeTest {

    private static final int FILES = 120;
    private static final int KILL_AT = 20;

    /** Distinct inputs (distinct hashes) from the corpus's text reports: report k with k trailing blank lines. */
    static List<String> makeInputs(Path dir, int files) throws IOException {
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(CORPUS)) {
            s.filter(p -> p.getFileName().toString().equals("tabbed.txt") || p.getFileName().toString().equals("seed.txt"))
                    .sorted().forEach(texts::add);
        }
        assertTrue(texts.size() >= 6);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < files; i++) {
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

    static List<String> args(List<String> inputs, Path out) {
        List<String> a = new ArrayList<>(inputs);
        a.addAll(List.of("-o", out.resolve("out.csv").toString(), "--findings", out.resolve("f.csv").toString(),
                "--status", out.resolve("s.csv").toString(), "--panel", out.resolve("p.csv").toString()));
        return a;
    }

    /** A named pipe: Java has no call for one, every POSIX system has the command. */
    private static void mkfifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        String said = new String(mk.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, mk.waitFor(), "mkfifo " + p + ": " + said);
        assertFalse(Files.isRegularFile(p), p + " is not a pipe");
    }

    @Test
    void killedRunResumesWithNothingLostOrDuplicated(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> inputs = makeInputs(in, FILES);
        Path blocker = Path.of(inputs.get(KILL_AT));
        byte[] blockerContent = Files.readAllBytes(blocker);
        Files.delete(blocker);
        mkfifo(blocker);
        Path out = tmp.resolve("out");
        Path journal = Journal.dirFor(out.resolve("out.csv"));

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "extract"));
        cmd.addAll(args(inputs, out)); // named one by one: a folder would leave the pipe out, it is no regular file
        cmd.addAll(List.of("--threads", "1", "--timeout", "0", "--progress", "lines", "--progress-interval", "0.5"));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        int seen = 0;
        try {
            // only a broken child takes minutes to get here: the bound ends the test instead of hanging the build
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
            while (System.nanoTime() < deadline && child.isAlive() && seen < KILL_AT) {
                seen = entries(journal);
                Thread.sleep(5);
            }
            assertTrue(child.isAlive(), "the child ended before it reached the pipe (" + seen + " entries): "
                    + Files.readString(tmp.resolve("child.log")));
            assertEquals(KILL_AT, seen, "the child did not reach the pipe: " + Files.readString(tmp.resolve("child.log")));
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed child did not end");
        }
        int done = entries(journal);
        assertEquals(KILL_AT, done, "every input before the pipe is journaled, and nothing after it");
        for (String name : List.of("out.csv", "f.csv", "s.csv", "p.csv")) {
            assertFalse(Files.exists(out.resolve(name)), name + " must not exist before the batch completes");
        }
        Files.delete(blocker);
        Files.write(blocker, blockerContent);

        BatchTestSupport.Run resumed = extract(args(inputs, out));
        assertEquals(0, resumed.exit(), resumed.err());
        assertEquals(FILES, resumed.command().lastRun.files());
        assertEquals(done, resumed.command().lastRun.resumed(), "every file finished before the kill is reused, no other");

        Path fresh = tmp.resolve("fresh");
        assertEquals(0, extract(args(inputs, fresh)).exit());
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

    static int entries(Path journal) throws IOException {
        if (!Files.isDirectory(journal)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(journal)) {
            return (int) s.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}
