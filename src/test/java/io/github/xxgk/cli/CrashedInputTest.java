package io.github.xxgk.cli;

import io.github.xxgk.internal.batch.Crashes;
import io.github.xxgk.internal.batch.FileExtraction;
import io.github.xxgk.internal.batch.Journal;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.github.xxgk.cli.BatchTestSupport.csv;
import static io.github.xxgk.cli.BatchTestSupport.extract;
import static io.github.xxgk.cli.BatchTestSupport.statusWithoutTimes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An input that takes the process down costs that input, not the batch: a batch in a child JVM is killed
 * (SIGKILL: no shutdown hook, as a crash in native code or the OOM killer ends it) twice while it reads the same
 * input, and the third run completes, with that input's status {@code crashed} and every other input's output
 * byte for byte that of a clean run.
 *
 * <p>Where the child is when it is killed does not depend on the machine's speed: its reader
 * ({@link StuckAtFileMain}) never returns from the input, and the test kills it once that input's in-flight
 * mark is in the journal.
 */
class CrashedInputTest {

    private static final int FILES = 12;
    private static final int KILLER = 5;

    @Test
    void killedTwiceOnOneInputThenCrashedAndTheRestAsInACleanRun(@TempDir Path tmp) throws Exception {
        List<String> inputs = KillAndResumeTest.makeInputs(Files.createDirectories(tmp.resolve("in")), FILES);
        Path killer = Path.of(inputs.get(KILLER));
        String sha = FileExtraction.sha256(Files.readAllBytes(killer));
        Path out = tmp.resolve("out");
        Path journal = Journal.dirFor(out.resolve("out.csv"));

        // first run, two files at once: killed while the killer is in flight (and perhaps another input)
        killAtMark(inputs, out, "2", journal, sha, 1, tmp.resolve("child1.log"));
        assertEquals(1, marks(journal, sha), "the killed run's mark stays: one death");
        // an input that was in flight beside it has one death too, and is also read alone in the next run, in input
        // order: one after the killer is not reached before the killer takes that run down
        int innocentAfter = 0;
        for (int i = KILLER + 1; i < FILES; i++) {
            if (marks(journal, FileExtraction.sha256(Files.readAllBytes(Path.of(inputs.get(i))))) > 0) {
                innocentAfter++;
            }
        }

        // second run: the killer, with one death, is read alone after every other input without a death
        killAtMark(inputs, out, "2", journal, sha, 2, tmp.resolve("child2.log"));
        assertEquals(FILES - 1 - innocentAfter, KillAndResumeTest.entries(journal),
                "every other input was done before the killer was read alone, but those with a death read after it");
        assertEquals(2, marks(journal, sha));

        BatchTestSupport.Run third = extract(KillAndResumeTest.args(inputs, out));
        assertEquals(1, third.exit(), "one input failed: " + third.err());
        assertEquals(FILES, third.command().lastRun.files());
        assertTrue(third.err().contains(killer + ": " + Crashes.MESSAGE), third.err());

        List<String> others = new ArrayList<>(inputs);
        others.remove(KILLER);
        Path clean = tmp.resolve("clean");
        assertEquals(0, extract(KillAndResumeTest.args(others, clean)).exit());
        for (String name : List.of("out.csv", "f.csv", "p.csv")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
        }
        List<CSVRecord> status = csv(out.resolve("s.csv"));
        assertEquals(FILES, status.size());
        CSVRecord row = status.get(KILLER);
        assertEquals(killer.toString(), row.get("source"));
        assertEquals("crashed", row.get("status"));
        assertEquals(Crashes.MESSAGE, row.get("message"));
        assertEquals(sha, row.get("sha256"));
        assertEquals(Long.toString(Files.size(killer)), row.get("bytes"));
        assertEquals(statusWithoutTimes(clean.resolve("s.csv")), withoutRow(statusWithoutTimes(out.resolve("s.csv")), KILLER));

        // a rerun keeps the verdict without reading the input; --force clears the count and reads it again
        BatchTestSupport.Run again = extract(KillAndResumeTest.args(inputs, out));
        assertEquals(FILES, again.command().lastRun.resumed());
        assertEquals("crashed", csv(out.resolve("s.csv")).get(KILLER).get("status"));
        List<String> forced = new ArrayList<>(KillAndResumeTest.args(inputs, out));
        forced.add("--force");
        BatchTestSupport.Run force = extract(forced);
        assertEquals(0, force.exit(), force.err());
        assertEquals("ok", csv(out.resolve("s.csv")).get(KILLER).get("status"));
        assertEquals(0, marks(journal, sha));
    }

    /** Runs the batch in a child whose reader never returns from the killer; kills it once it has {@code n} marks. */
    private static void killAtMark(List<String> inputs, Path out, String threads, Path journal, String sha, int n, Path log)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), StuckAtFileMain.class.getName(),
                Path.of(inputs.get(KILLER)).getFileName().toString(), "extract"));
        cmd.addAll(KillAndResumeTest.args(inputs, out));
        cmd.addAll(List.of("--threads", threads, "--timeout", "0", "--progress", "none"));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // only a broken child never gets here: the bound ends the test instead of hanging the build, and is far
            // above what a child on a machine loaded by other builds takes
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
            while (System.nanoTime() < deadline && child.isAlive() && marks(journal, sha) < n) {
                Thread.sleep(5);
            }
            assertTrue(child.isAlive(), "the child ended before it read the killer: " + Files.readString(log));
            assertEquals(n, marks(journal, sha), "the child did not mark the killer in flight: " + Files.readString(log));
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed child did not end");
        }
    }

    /** The in-flight marks of this content in the journal. */
    private static int marks(Path journal, String sha) throws IOException {
        if (!Files.isDirectory(journal)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(journal)) {
            return (int) s.filter(p -> p.getFileName().toString().startsWith(sha + ".") && p.toString().endsWith(".flight")).count();
        }
    }

    private static String withoutRow(String lines, int row) {
        List<String> l = new ArrayList<>(List.of(lines.split("\n", -1)));
        l.remove(row);
        return String.join("\n", l);
    }
}
