package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * A printed cell of a header row with the core of its label (without ordinal and punctuation): what the header
 * readers of tables 二 and 三 match against the columns' labels.
 *
 * @param index the cell's position in its row
 */
record LabelCore(int index, Cell cell, String core) {

    /** The row's cells that print something (a cell continued from the left prints nothing), left to right. */
    static List<LabelCore> of(Row row) {
        List<LabelCore> out = new ArrayList<>();
        List<Cell> cs = row.cells();
        for (int i = 0; i < cs.size(); i++) {
            Cell c = cs.get(i);
            if (c.continuation() || c.isBlank()) {
                continue;
            }
            out.add(new LabelCore(i, c, LabelNormalizer.label(c.text()).core()));
        }
        return out;
    }
}
