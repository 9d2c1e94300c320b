package io.github.xxgk.cli;

import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.Sources;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.github.xxgk.cli.BatchTestSupport.csv;
import static io.github.xxgk.cli.BatchTestSupport.extract;
import static io.github.xxgk.cli.BatchTestSupport.statusWithoutTimes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An {@code OutOfMemoryError} or {@code StackOverflowError} while one input is read ends that input, not the
 * batch: a reader that throws them (a stand-in: real memory pressure would make the test's verdict depend on
 * the machine) at two inputs of a batch read four at a time; every other input's output is that of a clean run,
 * and each of the two is an {@code error} that says what happened.
 */
class OutOfMemoryInBatchTest {

    private static final int FILES = 10;
    private static final int OOM = 3;
    private static final int SOE = 6;

    @Test
    void anErrorOutsideTheGuardsStaysInItsFile(@TempDir Path tmp) throws Exception {
        List<String> inputs = KillAndResumeTest.makeInputs(Files.createDirectories(tmp.resolve("in")), FILES);
        String oom = Path.of(inputs.get(OOM)).getFileName().toString();
        String soe = Path.of(inputs.get(SOE)).getFileName().toString();
        ReportSource reader = (content, name) -> {
            if (name.endsWith(oom)) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (name.endsWith(soe)) {
                throw new StackOverflowError();
            }
            return Sources.read(content, name);
        };
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(KillAndResumeTest.args(inputs, out));
        args.addAll(List.of("--threads", "4"));
        BatchTestSupport.Run run = extract(args, reader);
        assertEquals(1, run.exit(), run.err());
        assertEquals(2, run.command().lastRun.failed());

        List<String> others = new ArrayList<>(inputs);
        others.remove(SOE);
        others.remove(OOM);
        Path clean = tmp.resolve("clean");
        assertEquals(0, extract(KillAndResumeTest.args(others, clean)).exit());
        for (String name : List.of("out.csv", "f.csv", "p.csv")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
        }
        List<CSVRecord> status = csv(out.resolve("s.csv"));
        assertEquals("error", status.get(OOM).get("status"));
        assertTrue(status.get(OOM).get("message").startsWith("ran out of memory while reading this file"), status.get(OOM).get("message"));
        assertTrue(status.get(OOM).get("message").contains("Java heap space"), status.get(OOM).get("message"));
        assertEquals("error", status.get(SOE).get("status"));
        assertTrue(status.get(SOE).get("message").startsWith("ran out of stack while reading this file"), status.get(SOE).get("message"));
        String without = statusWithoutTimes(out.resolve("s.csv"));
        List<String> lines = new ArrayList<>(List.of(without.split("\n", -1)));
        lines.remove(SOE);
        lines.remove(OOM);
        assertEquals(statusWithoutTimes(clean.resolve("s.csv")), String.join("\n", lines));

        // neither outcome is journaled: a rerun with memory to spare reads both again
        BatchTestSupport.Run rerun = extract(KillAndResumeTest.args(inputs, out));
        assertEquals(0, rerun.exit(), rerun.err());
        assertEquals(FILES - 2, rerun.command().lastRun.resumed());
    }
}
