package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.report.Report;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.TableId;
import io.github.xxgk.internal.source.ocr.OcrEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scan of a table printed without ruling lines (fixtures/pdf/unruled-scan.pdf, {@link UnruledScanFixture}: page 3
 * of 009/plain.pdf at 150 dpi, the end of t2 and the first rows of t3) is read from the engine's word boxes by the
 * unruled reader, every cell against 009's truth.json: those printed on the page right, the rest named.
 */
class UnruledScanTest {

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    @Test
    void anUnruledScanGivesTheCellsItPrints() throws Exception {
        Truth truth = Truth.load("009");
        Report r = Xxgk.extract(Path.of("fixtures/pdf/unruled-scan.pdf"), Limits.DEFAULT.withTimeout(null));
        assertEquals(1, r.ocrPages());
        assertEquals(truth.format(), r.format().code());
        for (String key : List.of("t2.administrative_penalty.decisions", "t2.administrative_coercion.decisions",
                "t2.administrative_fees.amount", "t3.new_received.natural_person", "t3.new_received.total",
                "t3.partially_granted.total")) {
            String[] k = key.split("\\.");
            BigDecimal got = r.cell(TableId.valueOf(k[0].toUpperCase()), k[1], k[2]).orElseThrow(() -> new AssertionError(key)).value();
            assertNotNull(got, key);
            assertEquals(0, truth.cells().get(key).compareTo(got), key + ": " + got);
        }
        // the cells this page prints, right; every cell of the report it does not print named by COMPLETE
        assertTrue(truth.right(r) >= RIGHT, truth.right(r) + " " + truth.wrong(r));
        assertEquals(List.of(), truth.silent(r));
    }

    /** The cells of 009 that page 3 prints (t2's last three rows, t3's first four rows), as read today. */
    private static final int RIGHT = 31;
}
