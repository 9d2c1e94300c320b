package io.github.xxgk.internal.detect;

import io.github.xxgk.internal.normalize.CellKinds;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Row;

import java.util.List;

/**
 * A reader's row seen through {@link CellKinds}: which of its cells are labels and values. A position covered
 * by a merged cell holds no text of its own and is neither.
 */
public final class RowKinds {

    private RowKinds() {
    }

    public static boolean isLabel(Cell c) {
        return !c.continuation() && CellKinds.isLabel(c.text());
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
            if (!c.continuation() && CellKinds.isValue(c.text())) {
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
