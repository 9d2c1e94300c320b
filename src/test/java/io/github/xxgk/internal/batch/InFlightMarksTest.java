package io.github.xxgk.internal.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The marks of reads in flight, as a later run finds them: a mark appears under its name only with its content, so
 * a process killed at any moment leaves either no mark or a whole one, and a whole one of a dead run counts a death.
 */
class InFlightMarksTest {

    private static final String SHA = "ab".repeat(32);

    @Test
    void aMarkIsWholeUnderItsNameAndNothingIsLeftBeside(@TempDir Path dir) throws Exception {
        try (InFlightMarks marks = new InFlightMarks(dir, false)) {
            InFlightMarks.Mark m = marks.mark(SHA, "in/a.pdf");
            assertEquals(List.of(Journal.VERSION, "in/a.pdf"), Files.readAllLines(m.file(), StandardCharsets.UTF_8));
            assertEquals(List.of(m.file().getFileName().toString()), names(dir, ".flight"));
            assertEquals(List.of(), names(dir, ".writing"));
        }
    }

    @Test
    void aDeadRunsWholeMarkCountsAndWhatItLeftHalfDoneDoesNot(@TempDir Path dir) throws Exception {
        // marks of a run whose lock file is gone: its process ended
        Files.writeString(dir.resolve(SHA + ".dead1x1x1-1.flight"), Journal.VERSION + "\nin/a.pdf\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SHA + ".dead1x1x1-2.flight.writing"), Journal.VERSION + "\nin/a.pdf\n", StandardCharsets.UTF_8);
        try (InFlightMarks marks = new InFlightMarks(dir, false)) {
            assertEquals(1, marks.deaths(SHA));
            assertEquals(List.of(), names(dir, ".writing"), "a mark never moved into place is no read begun");
            assertTrue(Files.exists(dir.resolve(SHA + ".dead1x1x1-1.flight")), "the death's mark stays until settled");
        }
        try (InFlightMarks marks = new InFlightMarks(dir, true)) {
            assertEquals(0, marks.deaths(SHA));
            assertFalse(Files.exists(dir.resolve(SHA + ".dead1x1x1-1.flight")), "--force clears the count");
        }
    }

    private static List<String> names(Path dir, String suffix) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }
}
