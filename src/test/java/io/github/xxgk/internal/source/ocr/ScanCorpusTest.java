package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.report.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Image-only scans of the corpus end to end, every cell against truth.json. Two reports of the five (the
 * others are measured by tools/score, see bench/RESULTS.md): the floors below are what the reader reaches today, so a
 * change that reads worse fails.
 */
class ScanCorpusTest {

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    /**
     * The floor is what the reader reaches today on each file (right cells / truth cells): all three exact.
     * 004/scan-seal.pdf reads its 其他 and 总计 columns apart since a ruling under the seal's ring is bridged.
     */
    @ParameterizedTest
    @CsvSource({"012/scan.pdf, 1.0", "012/scan-seal.pdf, 1.0", "004/scan-seal.pdf, 1.0"})
    void scanGivesItsCells(String file, double floor) throws Exception {
        Truth truth = Truth.load(file.substring(0, 3));
        Report r = Xxgk.extract(Truth.CORPUS.resolve(file), Limits.DEFAULT.withTimeout(null));
        assertTrue(r.ocrPages() > 0);
        assertEquals(truth.format(), r.format().code());
        // the title is printed in large bold glyphs whose strokes pass as rulings: they must not be taken for a
        // table above which the title would be looked for
        assertEquals(truth.year(), r.year(), file + ": year");
        assertTrue(truth.agency().startsWith(r.agency()), file + ": agency " + r.agency());
        double share = (double) truth.right(r) / truth.cells().size();
        assertTrue(share >= floor, file + ": " + truth.right(r) + "/" + truth.cells().size() + " " + truth.wrong(r));
        // every wrong cell that is present is named by a failed check (OCR or a relation); a missing one by COMPLETE
        Set<String> named = new HashSet<>();
        for (Finding f : r.findings()) {
            if (f.failed()) {
                f.cells().forEach(k -> named.add(k.toString()));
            }
        }
        for (ReportCell c : r.cells()) {
            BigDecimal want = truth.cells().get(c.key().toString());
            boolean right = want == null ? c.value() == null : c.value() != null && c.value().compareTo(want) == 0;
            if (!right && truth.cells().containsKey(c.key().toString())) {
                assertTrue(named.contains(c.key().toString()), file + ": " + c + " is wrong and no failed check names it");
            }
        }
        for (Map.Entry<String, BigDecimal> e : truth.cells().entrySet()) {
            assertTrue(r.cells().stream().anyMatch(c -> c.key().toString().equals(e.getKey())) || named.contains(e.getKey()),
                    file + ": " + e.getKey() + " is missing and no failed check names it");
        }
    }

    @Test
    void scanIsNeedsOcrWhenOcrIsOff() {
        XxgkException e = assertThrows(XxgkException.class,
                () -> Xxgk.extract(Truth.CORPUS.resolve("012/scan.pdf"), Limits.DEFAULT.withTimeout(null).withOcr(OcrMode.NEVER)));
        assertEquals(XxgkException.Reason.NEEDS_OCR, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("OCR is off"), e.getMessage());
    }
}
