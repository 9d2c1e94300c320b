package io.github.xxgk.normalize;

import io.github.xxgk.source.Cell;
import io.github.xxgk.source.Row;

import java.util.List;
import java.util.regex.Pattern;

/** Tells label cells from value cells: a label holds Chinese or Latin letters and is not a value token. */
public final class CellKinds {

    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}A-Za-z]");

    private CellKinds() {
    }

    public static boolean isLabel(Cell c) {
        return !c.continuation() && !c.isBlank() && HAN.matcher(c.text()).find() && !ValueParser.isValueLike(c.text());
    }

    /** Index of the row's last label cell, -1 when it has none. */
    public static int lastLabelIndex(Row row) {
        int last = -1;
        List<Cell> cs = row.cells();
        for (int i = 0; i < cs.size(); i++) {
            if (isLabel(cs.get(i))) {
                last = i;
            }
        }
        return last;
    }

    /** Filled cells that hold a number or an empty token such as "—" (blank cells don't count). */
    public static int valueCount(Row row) {
        int n = 0;
        for (Cell c : row.cells()) {
            if (!c.continuation() && !c.isBlank() && ValueParser.isValueLike(c.text())) {
                n++;
            }
        }
        return n;
    }

    /** The first filled cell's text, or null. */
    public static String firstText(Row row) {
        for (Cell c : row.cells()) {
            if (!c.continuation() && !c.isBlank()) {
                return c.text();
            }
        }
        return null;
    }
}
