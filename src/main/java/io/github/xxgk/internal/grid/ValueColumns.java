package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.normalize.ValueParser;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds which cells of a row hold its n values. Where the row agrees with the table's header (every filled
 * cell after the labels sits under a header column) the header positions decide, so a blank cell stays in
 * its column. Otherwise the cells are taken in sequence, after trimming the padding that text renderings put
 * after a spanned label or at the end of a line (docs/format.md "Layout variants" #8).
 */
final class ValueColumns {

    /** No cell: the position was not printed in this row. */
    static final int NONE = -1;

    private ValueColumns() {
    }

    /**
     * @param lastLabel index of the row's last label cell (-1 when it has none)
     * @param header    the header column of each value, or null / with NONE where unknown
     * @return n cell indices, NONE where no cell holds that value
     */
    static int[] locate(Row row, int lastLabel, int[] header, int n) {
        List<Cell> cells = row.cells();
        if (header != null && fitsHeader(cells, lastLabel, header)) {
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = header[i] < cells.size() ? header[i] : NONE;
            }
            return out;
        }
        List<Integer> seq = new ArrayList<>();
        for (int i = lastLabel + 1; i < cells.size(); i++) {
            if (!cells.get(i).continuation()) {
                seq.add(i);
            }
        }
        while (seq.size() > n && cells.get(seq.get(seq.size() - 1)).isBlank()) {
            seq.remove(seq.size() - 1);
        }
        while (seq.size() > n && cells.get(seq.get(0)).isBlank()) {
            seq.remove(0);
        }
        if (seq.size() > n) {
            List<Integer> filled = new ArrayList<>();
            for (int i : seq) {
                if (!cells.get(i).isBlank()) {
                    filled.add(i);
                }
            }
            seq = filled.size() >= n ? filled.subList(filled.size() - n, filled.size()) : seq.subList(seq.size() - n, seq.size());
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < seq.size() ? seq.get(i) : NONE;
        }
        return out;
    }

    private static boolean fitsHeader(List<Cell> cells, int lastLabel, int[] header) {
        int min = Integer.MAX_VALUE;
        for (int h : header) {
            if (h == NONE) {
                return false;
            }
            min = Math.min(min, h);
        }
        if (min <= lastLabel || min >= cells.size()) {
            return false;
        }
        for (int i = lastLabel + 1; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.continuation() || c.isBlank()) {
                continue;
            }
            if (!contains(header, i) || !ValueParser.isValueLike(c.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** Whether every header position is a cell of the row of its own (not covered by a merged one) after its labels. */
    static boolean underHeader(Row row, int lastLabel, int[] header) {
        for (int h : header) {
            if (h <= lastLabel || h >= row.cells().size() || row.cells().get(h).continuation()) {
                return false;
            }
        }
        return true;
    }

    /** How many cells (a spanned one counted once) follow the row's last label: the row's value cells. */
    static int cellsAfter(Row row, int lastLabel) {
        int n = 0;
        for (int i = lastLabel + 1; i < row.cells().size(); i++) {
            if (!row.cells().get(i).continuation()) {
                n++;
            }
        }
        return n;
    }
}
