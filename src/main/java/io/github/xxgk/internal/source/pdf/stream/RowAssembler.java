package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.report.OcrNote;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.pdf.page.Glyph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The rows of one table section (lines under one header): its value columns and label columns are read,
 * the label pieces grouped into cells, each cell put on its row (a block label on the first row of its
 * block), and each row written as its label cells then one cell per value column. Label cells that belong
 * to no row are kept as paragraphs before the row below them.
 */
final class RowAssembler {

    private final List<Line> section;
    private final int pageNo;
    private final List<Integer> rowLines;
    private final int labelCols;
    /** The label text of each row and label column; null where none was put, "" for a cell under a row label. */
    private final String[][] labels;
    private final List<Row> loose = new ArrayList<>();
    private final List<Float> looseAt = new ArrayList<>();

    private RowAssembler(List<Line> section, int pageNo, List<Integer> rowLines, int labelCols) {
        this.section = section;
        this.pageNo = pageNo;
        this.rowLines = rowLines;
        this.labelCols = labelCols;
        this.labels = new String[rowLines.size()][labelCols];
    }

    /** @param notes the OCR notes of the page's glyphs (empty on a born-digital page) */
    static List<Row> rows(List<Line> section, List<Line> header, int pageNo, Memory memory, Map<Glyph, OcrNote> notes) {
        return rows(section, header, pageNo, memory, notes, Line.valueLeft(section));
    }

    /** @param valueLeft the left edge of the value area (the table part's before, for lines with no numbers) */
    static List<Row> rows(List<Line> section, List<Line> header, int pageNo, Memory memory, Map<Glyph, OcrNote> notes,
                          float valueLeft) {
        List<Float> cols = ValueColumns.of(section, header, memory);
        LabelColumns columns = LabelColumns.read(section, header, valueLeft, memory);
        RowLines rows = RowLines.of(section, cols, columns, valueLeft);
        float pitch = LabelCell.pitch(columns.pieces());
        List<LabelCell> cells = LabelCell.group(columns.pieces(), pitch, columns, section, rows.owner());
        rows = rows.with(BlankRows.find(cells, columns, section, valueLeft));
        // a section with no label text at all (a t4 printing only its value row) has no label cell: an empty
        // one would read as a blank first value cell and push the values a column right
        RowAssembler a = new RowAssembler(section, pageNo, rows.rows(), columns.pieces().isEmpty() ? 0 : columns.count());
        List<LabelCell> blockCells = new ArrayList<>();
        List<List<LabelCell>> rowLabelCells = a.assign(cells, pitch, blockCells);
        a.putRowLabels(rowLabelCells);
        a.putBlockLabels(blockCells);
        List<Row> out = new ArrayList<>();
        for (int v = 0; v < a.rowLines.size(); v++) {
            List<Chunk> chunks = new ArrayList<>();
            for (int i : rows.linesOf(v, section, valueLeft)) {
                chunks.addAll(section.get(i).chunks());
            }
            out.add(a.row(v, chunks, cols, notes));
        }
        a.insertLoose(out);
        return out;
    }

    /**
     * Each cell to the row whose value line it holds (the first), else the nearest one; a cell further than
     * a pitch and a half from every row is a paragraph. Block cells (not in the last label column) go to
     * {@code blockCells}; returns each row's own label cells.
     */
    private List<List<LabelCell>> assign(List<LabelCell> cells, float pitch, List<LabelCell> blockCells) {
        List<List<LabelCell>> rowLabelCells = new ArrayList<>();
        for (int v = 0; v < rowLines.size(); v++) {
            rowLabelCells.add(new ArrayList<>());
        }
        for (LabelCell cell : cells) {
            int best = -1;
            float bestDist = Float.MAX_VALUE;
            for (int v = 0; v < rowLines.size(); v++) {
                float cy = section.get(rowLines.get(v)).line().cy();
                float d = cy < cell.top() ? cell.top() - cy : cy > cell.bottom() ? cy - cell.bottom() : 0;
                if (d <= 2) {
                    d = 0;
                }
                if (d < bestDist) {
                    bestDist = d;
                    best = v;
                }
            }
            if (best < 0 || bestDist > 1.5f * pitch) {
                keepLoose(cell);
                continue;
            }
            cell.row = best;
            if (cell.c1 < labelCols - 1) {
                blockCells.add(cell);
            } else {
                rowLabelCells.get(best).add(cell);
            }
        }
        return rowLabelCells;
    }

    /**
     * Row labels: a row's label cells, top to bottom, joined; but the cells above a numbered item's own cell
     * (1. / （一）) and set in the same column are not its label: they are the wrapped end of the label of the
     * row above (or, at the top of a page, of the last row on the page before, read already).
     */
    private void putRowLabels(List<List<LabelCell>> rowLabelCells) {
        for (int v = 0; v < rowLines.size(); v++) {
            List<LabelCell> mine = rowLabelCells.get(v);
            // the row's own cell: the last numbered item starting at or above its numbers
            float valueBottom = section.get(rowLines.get(v)).line().bottom();
            int own = mine.size();
            for (int m = 0; m < mine.size(); m++) {
                if (Ordinals.numbered(mine.get(m).text()) && (own == mine.size() || mine.get(m).top() <= valueBottom)) {
                    own = m;
                }
            }
            for (int m = 0; m < mine.size(); m++) {
                LabelCell cell = mine.get(m);
                int r = v;
                if (m < own && own < mine.size() && cell.sameColumn(mine.get(own))) {
                    if (Ordinals.numbered(cell.text())) {
                        // a numbered item above without numbers: a label row of its own (三、本年度办理结果
                        // over （一）予以公开), kept as a heading line before the row
                        keepLoose(cell);
                        continue;
                    }
                    if (v == 0) {
                        keepLoose(cell);
                        continue;
                    }
                    r = v - 1;
                }
                labels[r][cell.c0] = labels[r][cell.c0] == null ? cell.text() : labels[r][cell.c0] + cell.text();
                for (int c = cell.c0 + 1; c < labelCols; c++) {
                    if (labels[r][c] == null) {
                        labels[r][c] = "";
                    }
                }
            }
        }
    }

    /**
     * A block label goes on the first row of its block: the rows up to the one whose label in the next column
     * is a first item (1. / （一）), or whose row label reaches into this column.
     */
    private void putBlockLabels(List<LabelCell> blockCells) {
        blockCells.sort(Comparator.comparingInt((LabelCell c) -> -c.c0));
        int[] rowStart = new int[rowLines.size()];
        for (int r = 0; r < rowLines.size(); r++) {
            rowStart[r] = labelCols;
            for (int c = 0; c < labelCols; c++) {
                if (labels[r][c] != null && !labels[r][c].isEmpty()) {
                    rowStart[r] = c;
                    break;
                }
            }
        }
        for (int k = labelCols - 2; k >= 0; k--) {
            for (LabelCell cell : blockCells) {
                if (cell.c0 != k) {
                    continue;
                }
                int r = cell.row;
                if (rowStart[r] > k) {
                    while (r > 0 && rowStart[r - 1] > k && !startsBlock(labels[r], k) && labels[r - 1][k] == null) {
                        r--;
                    }
                }
                if (labels[r][k] != null && !labels[r][k].isEmpty()) {
                    r = cell.row;
                }
                labels[r][k] = labels[r][k] == null ? cell.text() : labels[r][k] + cell.text();
                rowStart[r] = Math.min(rowStart[r], k);
            }
        }
    }

    /** Row v: its label cells (a label column with no text under a block is spanned), then its value cells. */
    private Row row(int v, List<Chunk> chunks, List<Float> cols, Map<Glyph, OcrNote> notes) {
        List<Cell> rowCells = new ArrayList<>();
        for (int c = 0; c < labelCols; c++) {
            String t = labels[v][c];
            rowCells.add(t == null || t.isEmpty() ? (labelCols > 1 ? Cell.spanned() : Cell.of("")) : Cell.of(t));
        }
        rowCells.addAll(ValueColumns.cells(chunks, cols, notes));
        return new Row(rowCells, pageNo, true);
    }

    private void keepLoose(LabelCell cell) {
        loose.add(Row.paragraph(cell.text(), pageNo));
        looseAt.add(cell.top());
    }

    /** Headings met inside the run go before the first row below them. */
    private void insertLoose(List<Row> out) {
        for (int m = loose.size() - 1; m >= 0; m--) {
            int at = 0;
            while (at < rowLines.size() && section.get(rowLines.get(at)).line().top() < looseAt.get(m)) {
                at++;
            }
            out.add(Math.min(at, out.size()), loose.get(m));
        }
    }

    /** Whether the row's label right of column k starts a numbered list (1. / （一） / 一、). */
    private static boolean startsBlock(String[] labels, int k) {
        for (int c = k + 1; c < labels.length; c++) {
            if (labels[c] != null && !labels[c].isEmpty()) {
                return Ordinals.first(labels[c]);
            }
        }
        return false;
    }
}
