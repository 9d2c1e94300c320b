package io.github.xxgk.internal.source.word;

import io.github.xxgk.report.InputKind;

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
 * A Word file whose tables are embedded pictures (fixtures/docx/009-table-pictures.docx, made by
 * {@link PictureDocxFixture} from 009's imgpage.html and its JPEG tables): the pictures are read by OCR in their
 * place, against 009's truth.json. Today 182/186 (97.8%); every wrong or missing cell is named.
 */
class DocxPictureTest {

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    @Test
    void tablePicturesInAWordFileAreRead() throws Exception {
        Truth truth = Truth.load("009");
        Report r = Xxgk.extract(Path.of("fixtures/docx/009-table-pictures.docx"), Limits.DEFAULT.withTimeout(null));
        assertEquals(InputKind.DOCX, r.kind());
        assertEquals(3, r.ocrPages(), "three table pictures");
        truth.assertRead(r, 0.95);
    }
}
