package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.report.Report;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.Limits;
import io.github.xxgk.internal.source.ocr.OcrEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 009's published PDF with every /ToUnicode removed (fixtures/pdf/no-unicode.pdf, {@link NoUnicodeFixture}):
 * with OCR on (the default), its pages are rendered and read by OCR, against 009's truth.json. The floor is a
 * little below today's 92.5% (172/186); every published cell read wrong or missed is named.
 */
class NoUnicodeOcrTest {

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    @Test
    void textWithoutUnicodeMappingIsReadByOcr() throws Exception {
        Truth truth = Truth.load("009");
        Report r = Xxgk.extract(Path.of("fixtures/pdf/no-unicode.pdf"), Limits.DEFAULT.withTimeout(null));
        assertEquals(5, r.ocrPages());
        truth.assertRead(r, 0.9);
    }
}
