package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.detect.RowKinds;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The t4 section's 15 value cells in reading order (review, litigation_direct, litigation_after_review; five
 * columns each), gathered from however many rows the report sets them in: one row of 15, or three labelled
 * rows of five.
 */
final class T4Cells {

    /** A cell and the page it was read on. */
    record Placed(Cell cell, int page) {
    }

    private static final int CELLS = 15;
    private static final Pattern ROW_LABEL = Pattern.compile("行政复议|直接起诉|复议后起诉");

    private final List<Placed> cells = new ArrayList<>();
    /** Whether the column header (结果维持 …) has been read: a labelled row above it is a spanning heading, not data. */
    private boolean columnsRead;

    List<Placed> cells() {
        return List.copyOf(cells);
    }

    /** Reads a row of the t4 section: its value cells after the label, up to the 15. */
    void add(Row row) {
        if (cells.size() >= CELLS) {
            return;
        }
        int lastLabel = RowKinds.lastLabelIndex(row);
        List<Cell> vals = valueCells(row, lastLabel);
        if (RowKinds.valueCount(row) == 0) {
            blankRow(row, lastLabel, vals);
            columnsRead |= row.text().contains("维持");
            return;
        }
        while (!vals.isEmpty() && vals.get(vals.size() - 1).isBlank() && cells.size() + vals.size() > CELLS) {
            vals.remove(vals.size() - 1);
        }
        while (!vals.isEmpty() && vals.get(0).isBlank() && cells.size() + vals.size() > CELLS) {
            vals.remove(0);
        }
        for (Cell c : vals) {
            if (cells.size() < CELLS) {
                cells.add(new Placed(c, row.page()));
            }
        }
    }

    /**
     * A labelled row (行政复议 / 未经复议直接起诉 / 复议后起诉) printed all blank is that row's five empty cells:
     * skipping it would move the next row's numbers into it, and each row's sum would still hold, silently.
     */
    private void blankRow(Row row, int lastLabel, List<Cell> vals) {
        if (!columnsRead || lastLabel < 0 || cells.size() % 5 != 0 || vals.size() < 5 || vals.size() > 6
                || !vals.stream().allMatch(Cell::isBlank) || !ROW_LABEL.matcher(row.cells().get(lastLabel).text()).find()) {
            return;
        }
        for (int i = 0; i < 5; i++) {
            cells.add(new Placed(vals.get(i), row.page()));
        }
    }

    private static List<Cell> valueCells(Row row, int lastLabel) {
        List<Cell> vals = new ArrayList<>();
        for (int i = lastLabel + 1; i < row.cells().size(); i++) {
            Cell c = row.cells().get(i);
            if (!c.continuation()) {
                vals.add(c);
            }
        }
        return vals;
    }
}
