package io.github.xxgk.report;

/**
 * The part of a page one cell was read from, kept small and grey ({@link #HEIGHT} pixels high, each the mean of
 * the page pixels it covers) so that a person can check an OCR'd value against its print without opening the
 * source, and a report's crops stay a few hundred kilobytes.
 *
 * @param width  the crop's width in pixels, at most {@link #MAX_WIDTH}
 * @param height the crop's height in pixels, at most {@link #HEIGHT}
 * @param grey   row-major, 0 black to 255 white
 */
public record CellCrop(int width, int height, byte[] grey) {

    /** Rows of a crop: the digits of a cell (about half its height) stay legible. */
    public static final int HEIGHT = 28;
    /** The widest crop, for a cell that spans the page. */
    public static final int MAX_WIDTH = 240;
}
