package io.github.xxgk.internal.source.model;

import io.github.xxgk.report.OcrNote;

/**
 * One cell of a row as a reader found it. {@code continuation} marks a position covered by a merged cell
 * (rowspan/colspan) that is anchored elsewhere: grid readers resolve spans into real positions and mark the
 * covered ones, so that the value columns keep their places. {@code ocr} is set for a cell read by OCR.
 */
public record Cell(String text, boolean continuation, OcrNote ocr) {

    public Cell {
        text = text == null ? "" : text;
    }

    public Cell(String text, boolean continuation) {
        this(text, continuation, null);
    }

    public static Cell ocr(String text, OcrNote note) {
        return new Cell(text, false, note);
    }

    public static Cell of(String text) {
        return new Cell(text, false);
    }

    public static Cell spanned() {
        return new Cell("", true);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
