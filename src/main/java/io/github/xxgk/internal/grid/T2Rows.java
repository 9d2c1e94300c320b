package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.detect.RowKinds;
import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.report.Format;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.schema.T2Block;
import io.github.xxgk.report.TableId;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the rows of table 二 (主动公开政府信息情况): its header rows say which columns (and which format) its values
 * stand in; a data row is placed by its label. Each header label votes for the format that prints it.
 */
final class T2Rows {

    private final PlacedCells out;
    private final List<ColumnDef> t2Header = new ArrayList<>();
    private int[] t2HeaderPos;
    /** The t2 header row just read, while the next row may still continue it. */
    private Row lastT2Header;
    int votes2021;
    int votes2019;
    private final List<PendingT2> pendingT2 = new ArrayList<>();

    private record PendingT2(String rowKey, Row row, int lastLabel) {
    }

    T2Rows(PlacedCells out) {
        this.out = out;
    }

    /** Takes a row of table 二: a header row, a data row placed by its label, or a row to skip. */
    void add(Row row) {
        Row header = lastT2Header;
        lastT2Header = null;
        if (header != null && RowKinds.valueCount(row) == 0 && T2Labels.continuesHeader(header, row)) {
            // the rest of the header's labels (本年新 / 制作数量), a header row cut by a page break
            Row joined = T2Labels.joinHeaderRows(header, row);
            readT2Header(joined);
            lastT2Header = joined;
            return;
        }
        int lastLabel = RowKinds.lastLabelIndex(row);
        String first = RowKinds.firstText(row);
        String core = LabelNormalizer.label(first).core();
        if (core.startsWith("第二十条") || core.startsWith("第二十条第")) {
            t2Header.clear();
            t2HeaderPos = null;
            return;
        }
        RowDef def = T2Labels.row(row);
        if (RowKinds.valueCount(row) == 0) {
            if (core.equals("信息内容") || T2Labels.isHeader(row)) {
                readT2Header(row);
                lastT2Header = row;
                return;
            }
            // a data row whose value cells are all blank still gives its (empty) cells
            if (def == null || ValueColumns.cellsAfter(row, lastLabel) == 0) {
                return;
            }
        }
        if (def == null) {
            out.noteUnmatched(TableId.T2, row);
            return;
        }
        if (def.key().equals("other_external_services") || def.key().equals("centralized_procurement")) {
            votes2019 += 2;
        }
        if (t2Header.isEmpty()) {
            // no header seen for this block: placed once the format is known, by its official columns
            pendingT2.add(new PendingT2(def.key(), row, lastLabel));
        } else {
            T2HeaderFit fit = T2HeaderFit.of(def, t2Header, t2HeaderPos, row, lastLabel);
            if (fit == null) {
                // the header in force is another block's (this block's heading and header were not read): which
                // columns the values stand in would be a guess, so none is placed and COMPLETE names the row's cells
                out.unmatched.add("t2 row " + def.key() + " stands under the header of another 第二十条 block (" + t2Header.stream()
                        .map(ColumnDef::label).toList() + "); its own block's header was not read; not placed: " + row.text());
                return;
            }
            boolean ocr = row.cells().stream().anyMatch(c -> c.ocr() != null);
            if (ocr && ValueColumns.cellsAfter(row, lastLabel) != fit.columns().size()) {
                // more (or fewer) cells than the header names columns, some column label misread past matching: the
                // ruled grid puts each named column's value in the cell under its label, and taking the cells in
                // sequence would give a named column the value of a column the header lost
                if (!ValueColumns.underHeader(row, lastLabel, fit.positions())) {
                    out.unmatched.add("t2 row " + def.key() + " has " + ValueColumns.cellsAfter(row, lastLabel) + " cells under a header naming "
                            + fit.columns().size() + " columns, not all over a cell of it; not placed: " + row.text());
                    return;
                }
                out.placeUnder(TableId.T2, def.key(), fit.columns(), row, fit.positions());
                return;
            }
            out.place(TableId.T2, def.key(), fit.columns(), row, lastLabel, fit.positions());
        }
    }

    /**
     * A header printed as a line of text (信息内容 本年处理决定数量, an unruled table's header) votes for the format
     * whose column labels it holds; a label that is part of a longer one held too (处理决定数量 in
     * 本年处理决定数量) does not count. Returns whether it held any.
     */
    boolean voteHeaderLine(String text) {
        String t = LabelNormalizer.text(text).replaceAll("\\s+", "");
        if (!t.startsWith("信息内容")) {
            return false;
        }
        List<ColumnDef> held = new ArrayList<>();
        List<ColumnDef> all = new ArrayList<>(Schema.T2_COLUMNS_2021);
        all.addAll(Schema.T2_COLUMNS_2019);
        for (ColumnDef c : all) {
            if (t.contains(c.label())) {
                held.add(c);
            }
        }
        for (ColumnDef c : held) {
            if (held.stream().anyMatch(o -> o != c && o.label().length() > c.label().length() && o.label().contains(c.label()))) {
                continue;
            }
            if (Schema.T2_COLUMNS_2021.contains(c)) {
                votes2021++;
            } else {
                votes2019++;
            }
        }
        return !held.isEmpty();
    }

    private void readT2Header(Row row) {
        t2Header.clear();
        List<Integer> pos = new ArrayList<>();
        List<LabelCore> unread = new ArrayList<>();
        for (LabelCore label : LabelCore.of(row)) {
            String core = label.core();
            if (core.equals("信息内容")) {
                continue;
            }
            ColumnDef col = T2Labels.column(core, t2Header);
            if (col == null) {
                out.unmatched.add("t2 header: " + label.cell().text().strip());
                unread.add(label);
                continue;
            }
            if (Schema.T2_COLUMNS_2021.contains(col)) {
                votes2021++;
            } else {
                votes2019++;
            }
            t2Header.add(col);
            pos.add(label.index());
        }
        if (unread.size() == 1 && row.cells().stream().anyMatch(c -> c.ocr() != null)) {
            // an OCR'd label misread past matching, where the rest of the header pins its column (it casts no vote)
            LabelCore label = unread.get(0);
            ColumnDef col = T2DamagedColumn.pin(t2Header, pos.stream().mapToInt(Integer::intValue).toArray(), label.index(), label.core());
            if (col != null) {
                int at = 0;
                while (at < pos.size() && pos.get(at) < label.index()) {
                    at++;
                }
                t2Header.add(at, col);
                pos.add(at, label.index());
                out.unmatched.add("t2 header '" + label.cell().text().strip() + "' taken for " + col.label()
                        + ": the one column of its block the rest of the header lacks, where it stands");
            }
        }
        t2HeaderPos = pos.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Places the rows read before any header, by the official columns of the format now known. */
    void resolvePending(Format format) {
        if (format == null) {
            return;
        }
        for (PendingT2 p : pendingT2) {
            for (T2Block block : Schema.t2(format)) {
                for (RowDef r : block.rows()) {
                    if (r.key().equals(p.rowKey())) {
                        out.place(TableId.T2, p.rowKey(), block.columns(), p.row(), p.lastLabel(), null);
                    }
                }
            }
        }
    }
}
