package io.github.xxgk.internal.source.ocr;

/**
 * What was read in one table cell: the text, the engine's confidence (0–100), and the other reading when the
 * cell was read differently at a second scale (null when the readings agree). {@code value} says the cell's
 * print has the shape of a number (read with the digits model), not of a label. {@code why} says what the
 * print shows against the reading when it cannot be right (another count of glyphs, a point not inked), else
 * null.
 */
public record CellText(String text, float confidence, String otherReading, boolean value, String why) {

    public static final CellText BLANK = new CellText("", 100f, null, false);

    public CellText(String text, float confidence, String otherReading, boolean value) {
        this(text, confidence, otherReading, value, null);
    }
}
