package io.github.xxgk;

import io.github.xxgk.internal.batch.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch's free workers read the pages of a scan still being read (internal.work): whichever thread reads which
 * page, the pages are put back in order, so the outputs are the same bytes for one thread and for several.
 */
class PageSplitTest {

    @Test
    void aScanReadOnOneThreadOrSplitAmongThreeGivesTheSameBytes(@TempDir Path tmp) throws Exception {
        // a real scan of three pages, with the rules, seal-free print and title page of the corpus
        Path scan = Truth.CORPUS.resolve("009").resolve("scan.pdf");
        Run one = run(scan, tmp.resolve("one"), 1);
        Run three = run(scan, tmp.resolve("three"), 3);
        assertEquals(new Batch.Summary(1, 1, 0, 0, 0), one.summary());
        assertEquals(one.summary(), three.summary());
        assertArrayEquals(one.cells(), three.cells(), "the long CSV");
        assertArrayEquals(one.findings(), three.findings(), "the findings");
        assertEquals(one.journal(), three.journal(), "the journal entry, its time taken aside");
        // and what was read is the report: the scan's cells are those of truth.json
        String csv = new String(one.cells(), StandardCharsets.UTF_8);
        Truth truth = Truth.load("009");
        assertEquals(truth.cells().size() + 1, csv.lines().count(), "one line per cell of truth.json, and the header");
    }

    private record Run(Batch.Summary summary, byte[] cells, byte[] findings, String journal) {
    }

    private static Run run(Path input, Path dir, int threads) throws Exception {
        Files.createDirectories(dir);
        Path cells = dir.resolve("cells.csv");
        Path findings = dir.resolve("findings.csv");
        Batch.Summary s = Batch.of(List.of(input), Batch.Outputs.of(cells).withFindings(findings),
                Batch.Options.defaults().withThreads(threads).withTimeoutMillis(0)).run();
        List<Path> entries;
        try (Stream<Path> files = Files.list(Journal.dirFor(cells))) {
            entries = files.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertEquals(1, entries.size(), "one journal entry");
        Journal.Entry e = Journal.decode(Files.readString(entries.get(0)), input.toString());
        assertTrue(e.report() != null, "the scan was read: " + e.message());
        String journal = Journal.encode(new Journal.Entry(e.sha256(), e.bytes(), e.kind(), e.status(), e.message(), 0, e.report()),
                input.toString());
        return new Run(s, Files.readAllBytes(cells), Files.readAllBytes(findings), journal);
    }
}
