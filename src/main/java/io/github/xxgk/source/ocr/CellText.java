package io.github.xxgk.source.ocr;

/**
 * What was read in one table cell: the text, the engine's confidence (0–100), and the other reading when the
 * cell was read differently at a second scale (null when the readings agree). {@code value} says the cell's
 * print has the shape of a number (read with the digits model), not of a label.
 */
public record CellText(String text, float confidence, String otherReading, boolean value) {

    public static final CellText BLANK = new CellText("", 100f, null, false);
}
