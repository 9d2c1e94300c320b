package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.report.Report;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.Sources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Picture files as inputs, against 009's truth.json. The fixtures are 009's chrome.pdf rendered by poppler at
 * 150 dpi grey (pdftoppm -gray -r 150): all three pages as one LZW TIFF, page 1 alone as PNG and as JPEG
 * (quality 75). The floors are a little below what the reader reaches today (86% on the TIFF); every wrong or missing cell must be named.
 */
class PictureInputTest {

    private static final Path FIXTURES = Path.of("fixtures", "ocr");

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    @Test
    void multiPageTiffIsOneReportOfItsPages() throws Exception {
        Truth truth = Truth.load("009");
        Report r = Xxgk.extract(FIXTURES.resolve("009-chrome-150dpi.tif"), Limits.DEFAULT.withTimeout(null));
        assertEquals(InputKind.IMAGE, r.kind());
        assertEquals(3, r.pages());
        assertEquals(3, r.ocrPages());
        // as tools/silent counts: every published cell read wrong or missed is named. Open: where the header of
        // 第二十条第（五）项 is misread, its row comes out under the other t2 block's columns, and those invented
        // cells are not named yet
        truth.assertRead(r, 0.82, truth.cells()::containsKey);
    }

    /** Content decides: the pictures are named as if they were something else. */
    @ParameterizedTest
    @ValueSource(strings = {"009-chrome-page1.png", "009-chrome-page1.jpg"})
    void onePageGivesItsTableWhateverItsName(String file) throws Exception {
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve(file));
        assertEquals(InputKind.IMAGE, Sources.sniff(bytes));
        Truth truth = Truth.load("009");
        Report r = Xxgk.extract(bytes, "page-one.dat");
        assertEquals(1, r.ocrPages());
        assertEquals(truth.year(), r.year(), "the year from the title read above the first table");
        // page 1 holds table 2 only: the cells read are right or named, and most of the table is read
        long right = r.cells().stream().filter(c -> c.key().toString().startsWith("t2.")
                && c.value() != null && c.value().compareTo(truth.cells().get(c.key().toString())) == 0).count();
        assertTrue(right >= 6, file + ": " + right + " right " + truth.wrong(r));
        assertEquals(java.util.List.of(), truth.silent(r, k -> k.startsWith("t2.") && r.cells().stream()
                .anyMatch(c -> c.key().toString().equals(k))));
    }

    @Test
    void pictureIsNeedsOcrWhenOcrIsOff() {
        XxgkException e = assertThrows(XxgkException.class, () -> Xxgk.extract(FIXTURES.resolve("009-chrome-page1.png"),
                Limits.DEFAULT.withTimeout(null).withOcr(OcrMode.NEVER)));
        assertEquals(XxgkException.Reason.NEEDS_OCR, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("OCR is off"), e.getMessage());
    }

    @Test
    void damagedPictureNamesTheFile() {
        XxgkException e = assertThrows(XxgkException.class, () -> Xxgk.extract(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "broken.png"));
        assertEquals(XxgkException.Reason.CORRUPT, e.reason(), e.getMessage());
        assertEquals("broken.png", e.source());
        assertEquals(1, e.page(), "the page of the picture that failed");
        assertTrue(e.getMessage().startsWith("damaged picture"), e.getMessage());
    }
}
