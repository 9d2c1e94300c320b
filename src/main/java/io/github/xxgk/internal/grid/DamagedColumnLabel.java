package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.internal.schema.Schema;

import java.util.List;

/**
 * A column of table 三 whose header label OCR misread (自然人 read as 然人 or 四然人 in a 100 dpi scan), placed by
 * the rest of the header. It takes the misread label's position only when that is pinned: every other column
 * was found by its own label, in print order, and between the two columns that flank the missing one there is
 * exactly one label that reads as a damaged column label at all, and it reads as the missing column's and no
 * other's. With two columns missing, or two candidate labels, nothing is placed: the rows fall back to their
 * cells in sequence, and where those do not fill the seven columns COMPLETE names the cells.
 */
final class DamagedColumnLabel {

    private DamagedColumnLabel() {
    }

    /**
     * The header positions with the one missing column filled in where the header pins it; a copy of
     * {@code pos} as it is when nothing is pinned.
     */
    static int[] pin(int[] pos, List<LabelCore> unread) {
        int[] out = pos.clone();
        int missing = ValueColumns.NONE;
        int last = -1;
        for (int k = 0; k < pos.length; k++) {
            if (pos[k] == ValueColumns.NONE) {
                if (missing != ValueColumns.NONE) {
                    return out;
                }
                missing = k;
            } else if (pos[k] <= last) {
                // the columns found are not in print order: the header is not the standard one
                return out;
            } else {
                last = pos[k];
            }
        }
        if (missing == ValueColumns.NONE) {
            return out;
        }
        int after = missing > 0 ? pos[missing - 1] : -1;
        int before = missing < pos.length - 1 ? pos[missing + 1] : Integer.MAX_VALUE;
        LabelCore pinned = null;
        for (LabelCore label : unread) {
            if (label.index() <= after || label.index() >= before || column(label.core()) == ValueColumns.NONE) {
                continue;
            }
            if (pinned != null) {
                return out;
            }
            pinned = label;
        }
        if (pinned != null && column(pinned.core()) == missing) {
            out[missing] = pinned.index();
        }
        return out;
    }

    /**
     * The only column whose label (or alias) the text reads as with at most one glyph lost, changed or added, or
     * {@link ValueColumns#NONE} when none or several do: 然人 and 四然人 are 自然人, 共他 is 其他, 计 is 总计.
     */
    static int column(String core) {
        int found = ValueColumns.NONE;
        for (int k = 0; k < Schema.T3_COLUMNS.size(); k++) {
            ColumnDef col = Schema.T3_COLUMNS.get(k);
            boolean fits = fits(core, col.label());
            for (String alias : col.aliases()) {
                fits |= fits(core, alias);
            }
            if (fits) {
                if (found != ValueColumns.NONE) {
                    return ValueColumns.NONE;
                }
                found = k;
            }
        }
        return found;
    }

    private static boolean fits(String core, String label) {
        return !core.isEmpty() && core.length() <= label.length() + 1
                && LabelNormalizer.lcs(core, label) >= Math.max(1, label.length() - 1);
    }
}
