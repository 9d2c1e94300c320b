package io.github.xxgk.internal.source.html;

import io.github.xxgk.internal.source.model.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the real grid of a table from rows of cells with rowspan and colspan, the way a browser lays a table
 * out: each cell goes to the first free position of its row, a merged cell's text sits at its top-left
 * position, and every other position it covers becomes {@link Cell#spanned()}. All rows come out equally
 * wide, so value columns keep their places. Used by the HTML reader; the DOCX reader places cells itself.
 */
public final class HtmlGrid {

    /** HTML caps colspan at 1000; a larger value is a broken page, not a wider table. */
    public static final int MAX_COLSPAN = 1000;
    /** A table wider than this is not a report table; stop growing it rather than exhaust memory. */
    static final int MAX_WIDTH = 2000;

    private final List<List<Cell>> grid = new ArrayList<>();
    private int row = -1;
    private int col;

    /** Starts the next row. */
    void startRow() {
        row++;
        col = 0;
        ensureRow(row);
    }

    /**
     * Places a cell in the current row.
     *
     * @param rowspan rows the cell covers, 1 or more, already clipped by the caller to the rows the table
     *                has left (a browser never grows a table for a rowspan; HTML's rowspan="0" means the rest)
     */
    void addCell(String text, int rowspan, int colspan) {
        if (row < 0) {
            startRow();
        }
        List<Cell> cells = grid.get(row);
        while (col < cells.size() && cells.get(col) != null) {
            col++;
        }
        if (col >= MAX_WIDTH) {
            return;
        }
        int cs = Math.max(1, Math.min(colspan, Math.min(MAX_COLSPAN, MAX_WIDTH - col)));
        int rs = Math.max(1, rowspan);
        for (int r = 0; r < rs; r++) {
            List<Cell> target = ensureRow(row + r);
            for (int c = 0; c < cs; c++) {
                int at = col + c;
                while (target.size() <= at) {
                    target.add(null);
                }
                if (target.get(at) == null) {
                    target.set(at, r == 0 && c == 0 ? Cell.of(text) : Cell.spanned());
                }
            }
        }
        col += cs;
    }

    /**
     * The rows, each as wide as the widest; positions no cell covers are empty cells. A row with no cell at
     * all (neither its own nor a span from above) is dropped.
     */
    List<List<Cell>> build() {
        int width = 0;
        for (List<Cell> r : grid) {
            width = Math.max(width, r.size());
        }
        List<List<Cell>> out = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            List<Cell> r = grid.get(i);
            boolean covered = r.stream().anyMatch(c -> c != null);
            if (!covered) {
                continue;
            }
            List<Cell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                Cell cell = c < r.size() ? r.get(c) : null;
                cells.add(cell == null ? Cell.of("") : cell);
            }
            out.add(cells);
        }
        return out;
    }

    private List<Cell> ensureRow(int index) {
        while (grid.size() <= index) {
            grid.add(new ArrayList<>());
        }
        return grid.get(index);
    }
}
