package io.github.xxgk.report;


/**
 * How sure OCR was of a cell: the engine's confidence (0–100, the lowest of its characters) and, when the cell
 * was read differently at a second scale, that other reading ({@code "?"} when the second reading gave nothing);
 * {@code why} when the print contradicts the reading (another count of glyphs, a point not inked), and the
 * {@code crop} of the page the cell was read from (null where none was kept). Cells of born-digital inputs have
 * none.
 *
 * @param confidence   the engine's confidence, 0–100, of the least certain character
 * @param otherReading the reading at a second scale where it differed, {@code "?"} when that gave nothing, else null
 * @param why          what in the print contradicts the reading, null when nothing does
 * @param crop         the part of the page the cell was read from, null where none was kept
 */
public record OcrNote(float confidence, String otherReading, String why, CellCrop crop) {

    public OcrNote(float confidence, String otherReading) {
        this(confidence, otherReading, null, null);
    }

    /** The less certain of two notes of one cell (a cell cut by a page break is read in two parts). */
    public static OcrNote worse(OcrNote a, OcrNote b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new OcrNote(Math.min(a.confidence(), b.confidence()),
                a.otherReading() != null ? a.otherReading() : b.otherReading(),
                a.why() != null ? a.why() : b.why(), a.crop() != null ? a.crop() : b.crop());
    }
}
