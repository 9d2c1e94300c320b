package io.github.xxgk.internal.source.word;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.Report;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.internal.source.ocr.OcrEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pictures inside Word table cells (fixtures made by {@link CellPictureDocxFixture} from report 009), against
 * 009's truth.json: a picture of a whole table framed by a one-cell table is read in its place as a table, and
 * a number pasted as a picture into a value cell is read as that cell, with its confidence.
 */
class DocxCellPictureTest {

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    @Test
    void tablePicturesFramedByOneCellTablesAreRead() throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures/docx/009-framed-pictures.docx"), Limits.DEFAULT.withTimeout(null));
        assertEquals(3, r.ocrPages(), "three table pictures");
        // today 186/186, as for the same pictures in body paragraphs; every wrong or missing cell named
        Truth.load("009").assertRead(r, 0.95);
    }

    @Test
    void numberPicturesInValueCellsAreRead() throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures/docx/009-number-pictures.docx"), Limits.DEFAULT.withTimeout(null));
        assertEquals(29, r.ocrPages(), "29 value cells are pictures");
        // today 186/186
        Truth.load("009").assertRead(r, 0.98);
    }

    /** With OCR off, a value cell that is a picture is not a blank that sums could read as 0: check OCR names it. */
    @Test
    void unreadNumberPicturesAreNamed() throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures/docx/009-number-pictures.docx"),
                Limits.DEFAULT.withTimeout(null).withOcr(OcrMode.NEVER));
        Truth truth = Truth.load("009");
        assertEquals(186 - 29, truth.right(r), "every cell but the 29 pictures is read from the text");
        Set<String> named = r.findings().stream()
                .filter(f -> f.check().equals("OCR") && f.status() == Finding.Status.FAIL)
                .flatMap(f -> f.cells().stream()).map(Object::toString).collect(Collectors.toSet());
        assertEquals(29, named.size(), "each picture cell named by check OCR");
        assertEquals(java.util.List.of(), truth.silent(r), "no silent cell");
        assertTrue(named.contains("t3.new_received.total"));
    }
}
