package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.internal.normalize.ValueParser;
import io.github.xxgk.internal.source.pdf.layout.Grid;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell between numbers of its row whose reading is not a number, though its print has a number's shape or the
 * reading is a lone glyph of text: a seal's strokes over the 12 beneath it read as 7时, +圭 or <圭. As text it would pass for a label, and a row's values are
 * placed by their order after its last label (table 四's fifteen), so every number left of it would be dropped
 * and every one right of it moved into its neighbour's key, each of them read surely and none named. Such a cell
 * is a number in doubt: the digits its reading begins with (none: nothing read), the whole reading the other one.
 */
final class RowOfNumbers {

    private static final Pattern DIGITS = Pattern.compile("^[0-9][0-9.,]*");

    private RowOfNumbers() {
    }

    /** The readings of a grid's cells ({@code texts[i]} of {@code cells.get(i)}), such cells made numbers in doubt. */
    static CellText[] settle(List<Grid.GridCell> cells, CellText[] texts) {
        CellText[] out = texts.clone();
        for (int i = 0; i < cells.size(); i++) {
            CellText t = texts[i];
            if (isNumber(t) || !t.value() && !oneGlyphOfText(t.text())) {
                continue;
            }
            if (t.text().isBlank() || !numberBeside(cells, texts, i, true) || !numberBeside(cells, texts, i, false)) {
                continue;
            }
            // the digits it begins with, if any (a stroke read as + before them leaves none: nothing was read)
            Matcher m = DIGITS.matcher(t.text());
            String digits = m.find() ? m.group().replaceFirst("[.,]+$", "") : "";
            out[i] = new CellText(digits, t.confidence(), t.text(), true,
                    "the cell lies between numbers of its row, but its print reads '" + t.text() + "'");
        }
        return out;
    }

    /**
     * A reading of a glyph or two with at most one Chinese character (时, <圭): what a seal's star over a digit, too
     * square for a number's print, reads as. No label of the report's tables is one character long, so a label
     * between numbers (a row of two label-and-numbers pairs) is not taken for it.
     */
    private static boolean oneGlyphOfText(String text) {
        String t = text.replaceAll("\\s", "");
        return t.length() <= 3 && CellReader.han(t) <= 1;
    }

    private static boolean isNumber(CellText t) {
        return !t.text().isBlank() && ValueParser.isValueLike(t.text());
    }

    /** Whether a cell of the same row (the same grid rows) to the left (or right) of cell i reads as a number. */
    private static boolean numberBeside(List<Grid.GridCell> cells, CellText[] texts, int i, boolean left) {
        Grid.GridCell c = cells.get(i);
        for (int j = 0; j < cells.size(); j++) {
            Grid.GridCell o = cells.get(j);
            if (o.r0() == c.r0() && o.r1() == c.r1() && (left ? o.c1() <= c.c0() : o.c0() >= c.c1()) && isNumber(texts[j])) {
                return true;
            }
        }
        return false;
    }
}
