package io.github.xxgk;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void progressDrawsABarOnATerminalAndLinesElsewhere() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Progress p = new Progress(ps, Progress.Mode.BAR, 4, 10)) {
            p.fileDone(true, false);
            p.fileDone(false, false);
            p.println("x.pdf: no text layer, needs OCR");
            p.println("y.pdf: encrypted");
        }
        String bar = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(bar.contains("\r[###############...............] 2/4  50%"), bar);
        assertTrue(bar.contains("failed 1"), bar);
        assertTrue(bar.contains("x.pdf: no text layer, needs OCR" + System.lineSeparator() + "\r[####"), "the bar comes back under a message: " + bar);
        assertTrue(bar.contains("\r\u001b[Ky.pdf: encrypted"), "a message first clears the bar: " + bar);
        assertTrue(bar.endsWith("xxgk: 2 files in " + bar.substring(bar.lastIndexOf("xxgk: 2 files in ") + 17)), bar);

        bytes.reset();
        long[] now = {0};
        // the clock and the ticker's beat are the test's: the lines say exactly what 1 of 4 files in 2 s is
        try (Progress p = new Progress(ps, Progress.Mode.LINES, 4, 3600, () -> now[0])) {
            p.fileDone(true, false);
            now[0] = 2_000_000_000L;
            p.tick();
        }
        String lines = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("xxgk: 1/4  25%  0.5 files/s  ETA 0:06  failed 0" + System.lineSeparator()
                + "xxgk: 1 files in 2.0 s: 1 gave tables, 0 failed; 0 taken from the journal (done by an earlier run, or a copy of another input)"
                + System.lineSeparator(), lines);

        bytes.reset();
        try (Progress p = new Progress(ps, Progress.Mode.LINES, 4, 3600, () -> now[0])) {
            p.fileDone(false, false);
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "a run over before the first line leaves stderr to the failure lines");
    }
}
