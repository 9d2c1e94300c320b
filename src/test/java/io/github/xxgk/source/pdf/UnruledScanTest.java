package io.github.xxgk.source.pdf;

import io.github.xxgk.Xxgk;
import io.github.xxgk.XxgkException;
import io.github.xxgk.guard.Limits;
import io.github.xxgk.source.ocr.OcrEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scan of a table printed without ruling lines (fixtures/pdf/unruled-scan.pdf, {@link UnruledScanFixture}) is
 * not read: no cell rather than doubtful ones, and the reason says why, not "too faint".
 */
class UnruledScanTest {

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    @Test
    void anUnruledScanSaysItsTablesHaveNoRules() {
        XxgkException e = assertThrows(XxgkException.class,
                () -> Xxgk.extract(Path.of("fixtures/pdf/unruled-scan.pdf"), Limits.DEFAULT.withTimeout(null)));
        assertEquals(XxgkException.Reason.NEEDS_OCR, e.reason());
        assertTrue(e.getMessage().contains("no page has a ruled table"), e.getMessage());
    }
}
