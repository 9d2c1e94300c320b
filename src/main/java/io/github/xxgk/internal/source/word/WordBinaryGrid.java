package io.github.xxgk.internal.source.word;

import io.github.xxgk.internal.source.model.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Rebuilds a legacy Word table's grid. Each row of a .doc table lists its cells by left edge and width only, and
 * rows differ: a merged label cell is one wide cell in one row and several narrow ones in the next. The
 * table's columns are every distinct cell edge of every row; a cell covers the columns between its edges, the
 * first holding its text and the rest marked spanned, so that the value columns keep their places in each row.
 */
final class WordBinaryGrid {

    /**
     * Edges closer than this (twips; 1/20 pt) are one: Word rounds widths per row, so the same border may sit a
     * few twips apart from row to row. Real columns are hundreds of twips wide.
     */
    static final int SAME_EDGE = 30;

    /** One cell as the file gives it: its left edge and width in twips, whether it continues a merge, its text. */
    record Piece(int left, int width, boolean continued, String text) {
    }

    private WordBinaryGrid() {
    }

    static List<List<Cell>> cells(List<List<Piece>> rows) {
        List<Integer> edges = edges(rows);
        int width = Math.max(1, edges.size() - 1);
        List<List<Cell>> out = new ArrayList<>();
        for (List<Piece> row : rows) {
            List<Cell> cells = new ArrayList<>();
            for (Piece p : row) {
                int from = column(edges, p.left());
                int to = Math.max(from + 1, column(edges, p.left() + p.width()));
                while (cells.size() < from) {
                    // no cell of this row covers the column (a row starting right of the table's left edge)
                    cells.add(Cell.of(""));
                }
                if (cells.size() > from) {
                    // edges out of order (a damaged row): keep the cell, in reading order
                    from = cells.size();
                    to = Math.max(to, from + 1);
                }
                cells.add(p.continued() ? Cell.spanned() : Cell.of(p.text()));
                for (int i = from + 1; i < to; i++) {
                    cells.add(Cell.spanned());
                }
            }
            while (cells.size() < width) {
                cells.add(Cell.of(""));
            }
            if (!cells.isEmpty()) {
                out.add(cells);
            }
        }
        return out;
    }

    /** Every left and right cell edge of the table, those within {@link #SAME_EDGE} of the one before dropped. */
    private static List<Integer> edges(List<List<Piece>> rows) {
        TreeSet<Integer> all = new TreeSet<>();
        for (List<Piece> row : rows) {
            for (Piece p : row) {
                all.add(p.left());
                all.add(p.left() + p.width());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int e : all) {
            if (edges.isEmpty() || e - edges.get(edges.size() - 1) > SAME_EDGE) {
                edges.add(e);
            }
        }
        return edges;
    }

    /** The index of the edge nearest x. */
    private static int column(List<Integer> edges, int x) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }
}
