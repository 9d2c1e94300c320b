package io.github.xxgk.internal.grid;

import io.github.xxgk.report.Report;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.Format;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatDetectionTest {

    @Test
    void t2Of2019Decides2019() throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures/corpus/002/tabbed.txt"));
        assertEquals(Format.F2019, r.format());
        assertFalse(r.otherSplit());
        assertEquals(135, r.cell(TableId.T2, "centralized_procurement", "procurement_items").orElseThrow().value().intValue());
        var amount = r.cell(TableId.T2, "centralized_procurement", "procurement_amount").orElseThrow();
        assertEquals("75394432.52", amount.value().toPlainString());
        assertEquals("元", amount.unit());
    }

    @Test
    void t2Of2021Decides2021() throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures/corpus/seed-gd-2023/seed.txt"));
        assertEquals(Format.F2021, r.format());
        assertTrue(r.otherSplit());
        assertEquals("万元", r.cell(TableId.T2, "administrative_fees", "amount").orElseThrow().unit());
    }

    @Test
    void a2021ReportWithTheSingle2019RowKeepsItsShape() throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures/corpus/009/tabbed.txt"));
        assertEquals(Format.F2021, r.format());
        assertFalse(r.otherSplit());
        assertTrue(r.cell(TableId.T3, "other", "total").isPresent());
        assertTrue(r.cell(TableId.T3, "other_other", "total").isEmpty());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("mixed format")), r.warnings().toString());
    }

    @Test
    void withoutT2TheShapeOfT3Decides() throws Exception {
        assertEquals(Format.F2021, Xxgk.extract(Path.of("fixtures/format/2021-t3-only.txt")).format());
        assertEquals(Format.F2019, Xxgk.extract(Path.of("fixtures/format/2019-t3-only.txt")).format());
    }

    @Test
    void aPre2019ReportIsUnsupported() {
        XxgkException e = assertThrows(XxgkException.class, () -> Xxgk.extract(Path.of("fixtures/format/pre-2019.txt")));
        assertEquals(XxgkException.Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains("pre-2019"), e.getMessage());
    }
}
