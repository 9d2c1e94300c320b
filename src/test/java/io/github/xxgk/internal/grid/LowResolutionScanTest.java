package io.github.xxgk.internal.grid;

import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.source.ocr.OcrEngine;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.Finding;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scan at 100 dpi: fixtures/pdf/009-dpi100.pdf, pages 1-2 of the dpi100.pdf {@code tools/degrade-scans.py} makes
 * of 009 (the command is fixtures/pdf/009-dpi100.sh). At this size OCR reads 勾稽 as 勾移 and 数量 as 数最, and the
 * scan's reader keeps no section heading, so no single phrase announces table 三; its header's own labels together
 * (申请人情况, 自然人, 法人或其他组织, 商业企业 …) do.
 */
class LowResolutionScanTest {

    private static final Path SCAN = Path.of("fixtures/pdf/009-dpi100.pdf");

    /** Page 2 prints table 三 from its header to （五）2.重复申请: its first 17 rows in published order. */
    private static final int T3_ROWS_PRINTED = 17;

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    @Test
    void tableThreeIsFoundAndEveryCellOnThePageIsTruth() throws Exception {
        Truth truth = Truth.load("009");
        Report r = Xxgk.extract(SCAN, Limits.DEFAULT.withTimeout(null));
        assertEquals(truth.format(), r.format().code());
        assertEquals(truth.year(), r.year());
        List<RowDef> printed = Schema.t3Rows(true).subList(0, T3_ROWS_PRINTED);
        for (RowDef row : printed) {
            for (ColumnDef col : Schema.T3_COLUMNS) {
                String key = "t3." + row.key() + "." + col.key();
                ReportCell cell = r.cell(TableId.T3, row.key(), col.key()).orElseThrow(() -> new AssertionError(key + " missing"));
                assertSame(truth.cells().get(key), cell.value(), key);
            }
        }
        long t3 = r.cells().stream().filter(c -> c.key().table() == TableId.T3).count();
        assertEquals(T3_ROWS_PRINTED * Schema.T3_COLUMNS.size(), t3, "no table 三 cell beyond the page's");
        // the rows on page 3, not in the fixture, are named missing
        Finding complete = r.failures().stream().filter(f -> f.check().equals("COMPLETE")).findFirst().orElseThrow();
        assertTrue(complete.cells().contains(new CellKey(TableId.T3, "total_processed", "total")), complete.message());
        // table 二 on page 1, all of it truth
        List<ReportCell> t2 = r.cells().stream().filter(c -> c.key().table() == TableId.T2).toList();
        assertEquals(truth.cells().keySet().stream().filter(k -> k.startsWith("t2.")).count(), t2.size());
        t2.forEach(c -> assertSame(truth.cells().get(c.key().toString()), c.value(), c.key().toString()));
    }

    private static void assertSame(BigDecimal truth, BigDecimal read, String key) {
        assertTrue(truth == null ? read == null : read != null && truth.compareTo(read) == 0, key + ": read " + read + ", truth " + truth);
    }
}
