package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.detect.RowKinds;
import io.github.xxgk.internal.normalize.Label;
import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.normalize.Ordinal;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.report.TableId;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the rows of table 三 (收到和处理政府信息公开申请情况): each by the labels it prints (block, ordinal, text),
 * read left to right, with its values under the header's columns. The （六）其他处理 rows are placed only where the
 * print says which of the two shapes (the single 2019 row or the three 2021 sub-rows) the table has.
 */
final class T3Rows {

    private final PlacedCells out;
    private final T3Header t3Header;
    private String t3Block;
    /** Label cells of value-less rows since the last data row: the first lines of a wrapped label. */
    private final List<Cell> fragments = new ArrayList<>();
    boolean otherSplit;
    boolean otherSingle;
    /**
     * A （六）其他处理 row with a cell for every column, all blank: the single 2019 row printed empty, unless the
     * three 2021 sub-rows follow, when it was only their block label. Decided once t3 is read.
     */
    private Row blankOther;
    /** t3 rows whose labels do not say which （六） shape they belong to, in print order: see {@link #placeOtherBefore}. */
    private final List<Row> pendingOther = new ArrayList<>();
    private static final String NOT_PROCESSED_LAST = "not_processed_confirmation";
    /** The label that named the key {@link #resolveT3Labels} returned last (null when none did). */
    private Label keyLabel;
    /** Whether a label cell with text that names no row followed that label (a sub-row's label garbled). */
    private boolean unreadAfterKey;
    /** The t3 data row placed last: where a row whose label OCR garbled sits in the published order. */
    private String lastT3Key;

    T3Rows(PlacedCells out) {
        this.out = out;
        this.t3Header = new T3Header(out.unmatched);
    }

    /** A new table 三 starts: no block label read yet. */
    void enterTable() {
        t3Block = null;
    }

    /** The end of the document: the rows still waiting are reported, and a blank （六） row kept aside is placed. */
    void finish() {
        reportPendingOther();
        if (blankOther != null && !otherSplit) {
            otherSingle = true;
            out.place(TableId.T3, Schema.OTHER_SINGLE.key(), Schema.T3_COLUMNS, blankOther, RowKinds.lastLabelIndex(blankOther), t3Header.positions());
        }
    }

    /** Takes a row of table 三: a header or label row, or a data row placed by its labels. */
    void add(Row row) {
        int lastLabel = RowKinds.lastLabelIndex(row);
        boolean hasValues = RowKinds.valueCount(row) > 0;
        // a row whose value cells are all blank still counts when it has a cell for every column
        if (!hasValues) {
            t3Header.read(row);
        }
        // a heading row without values still sets the block (三、本年度办理结果, （三）不予公开 …)
        String key = resolveT3Labels(row);
        boolean blankDataRow = !hasValues && key != null && ValueColumns.cellsAfter(row, lastLabel) >= Schema.T3_COLUMNS.size();
        if (blankDataRow && !OtherShape.placeable(key, keyLabel, unreadAfterKey, otherSplit)) {
            // read on as a label row: a blank row the print does not place in either （六） shape
            blankDataRow = false;
        } else if (blankDataRow && key.equals(Schema.OTHER_SINGLE.key())) {
            // kept aside, and read on as a label row meanwhile (its words may start the next row's label)
            blankOther = row;
            blankDataRow = false;
        }
        if (!hasValues && !blankDataRow) {
            for (Cell c : row.cells()) {
                if (!RowKinds.isLabel(c)) {
                    continue;
                }
                // a paragraph line of a copied layout holds several label pieces apart by spaces
                for (String piece : c.text().strip().split("[\\s\\u3000]+")) {
                    if (fragments.size() < 8 && piece.length() <= 40) {
                        fragments.add(Cell.of(piece));
                    }
                }
            }
            return;
        }
        if (key == null && !fragments.isEmpty()) {
            // a label wrapped over lines with the values on its last line: read the fragments before it too
            List<Cell> joined = new ArrayList<>(fragments);
            joined.addAll(row.cells());
            key = resolveT3Labels(joined);
        }
        fragments.clear();
        if (key == null) {
            key = bySiblingOrder(row, lastLabel);
        }
        if (key == null && awaitsOtherShape(row, lastLabel)) {
            pendingOther.add(row);
            return;
        }
        if (key == null) {
            out.noteUnmatched(TableId.T3, row);
            return;
        }
        if (!OtherShape.placeable(key, keyLabel, unreadAfterKey, otherSplit)) {
            // the row's label does not say which of the two （六） shapes the table prints: its values are kept
            // out of both until a row whose print does decides it, and COMPLETE names the cells of both shapes
            // rather than a row picked by a guess
            pendingOther.add(row);
            return;
        }
        placeOtherBefore(key);
        if (key.equals(Schema.OTHER_SINGLE.key())) {
            otherSingle = true;
        } else if (key.startsWith("other_")) {
            otherSplit = true;
        }
        out.place(TableId.T3, key, Schema.T3_COLUMNS, row, lastLabel, t3Header.positions());
        lastT3Key = key;
    }

    /**
     * The key of an OCR'd data row whose label was misread past recognition ("人地必公开" for （一）予以公开): the
     * row that follows the last one placed in the published order of table 三, when that one is not placed yet and
     * the order leaves no choice (after （五） the single （六） row and its three sub-rows are both possible). Only
     * for OCR, whose labels are garbled glyph by glyph while the rows stay in print order; a born-digital label
     * that matches nothing is a real difference and stays unmatched. Said in the warnings; a wrong placement
     * breaks the table's sums, which name the cells.
     */
    private String bySiblingOrder(Row row, int lastLabel) {
        if (ValueColumns.cellsAfter(row, lastLabel) < Schema.T3_COLUMNS.size() || row.cells().stream().noneMatch(c -> c.ocr() != null)) {
            return null;
        }
        List<RowDef> order = Schema.t3Rows(otherSplit);
        int last = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).key().equals(lastT3Key)) {
                last = i;
            }
        }
        if (last < 0 || last + 1 >= order.size()) {
            return null;
        }
        RowDef next = order.get(last + 1);
        boolean ambiguous = !otherSplit && (next == Schema.OTHER_SINGLE || Schema.OTHER_SPLIT.contains(next));
        if (ambiguous || out.cells.containsKey(new CellKey(TableId.T3, next.key(), Schema.T3_COLUMNS.get(0).key()))) {
            return null;
        }
        out.unmatched.add("t3 label '" + RowKinds.firstText(row).strip() + "' matched no row; placed by its position after "
                + lastT3Key + " as " + next.key());
        return next.key();
    }

    /**
     * An OCR'd data row whose label names nothing, where the published order has the （六） rows next: it waits for
     * a row whose print decides their shape.
     */
    private boolean awaitsOtherShape(Row row, int lastLabel) {
        return ValueColumns.cellsAfter(row, lastLabel) >= Schema.T3_COLUMNS.size() && row.cells().stream().anyMatch(c -> c.ocr() != null)
                && !otherSplit && !otherSingle && (!pendingOther.isEmpty() || NOT_PROCESSED_LAST.equals(lastT3Key));
    }

    /**
     * The rows kept waiting, placed once a sub-row whose label decides the split shape follows them: as many as the
     * sub-rows printed before it, they are those sub-rows in print order. Any other waiting rows are reported
     * unplaced (COMPLETE names their cells).
     */
    private void placeOtherBefore(String key) {
        int before = -1;
        for (int i = 0; i < Schema.OTHER_SPLIT.size(); i++) {
            if (Schema.OTHER_SPLIT.get(i).key().equals(key)) {
                before = i;
            }
        }
        if (before > 0 && pendingOther.size() == before && !otherSplit) {
            for (int i = 0; i < before; i++) {
                Row r = pendingOther.get(i);
                String k = Schema.OTHER_SPLIT.get(i).key();
                out.unmatched.add("t3 row '" + RowKinds.firstText(r).strip() + "' placed by its position before " + key + " as " + k);
                out.place(TableId.T3, k, Schema.T3_COLUMNS, r, RowKinds.lastLabelIndex(r), t3Header.positions());
            }
            pendingOther.clear();
        }
        reportPendingOther();
    }

    private void reportPendingOther() {
        for (Row r : pendingOther) {
            out.unmatched.add("t3 row '" + r.text().strip() + "' may be （六）其他处理 or one of its three sub-rows: its label "
                    + "does not say which; not placed");
        }
        pendingOther.clear();
    }

    /** Whether the text reads as some t3 row other than {@code def} (more than half of its label). */
    private static boolean namesAnotherRow(String core, RowDef def) {
        for (RowDef r : Schema.T3_ALL_ROWS) {
            if (r != def && Math.max(LabelNormalizer.similarity(core, r.label()), T3LabelMatcher.aliasScore(core, r)) >= 0.6) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the label cells of a t3 row left to right, each setting the block context, and returns the key of
     * the data row the last one names (null when the row names none).
     */
    private String resolveT3Labels(Row row) {
        return resolveT3Labels(row.cells());
    }

    private String resolveT3Labels(List<Cell> labelCells) {
        String key = null;
        keyLabel = null;
        unreadAfterKey = false;
        boolean ocr = labelCells.stream().anyMatch(x -> x.ocr() != null);
        for (Cell c : labelCells) {
            if (!RowKinds.isLabel(c)) {
                continue;
            }
            Label l = LabelNormalizer.label(c.text());
            if (l.isEmpty()) {
                continue;
            }
            RowDef def = T3LabelMatcher.match(l, t3Block);
            if (def == null) {
                unreadAfterKey |= key != null && !l.core().isEmpty();
                continue;
            }
            boolean byNumber = !l.core().isEmpty() && !def.label().startsWith(l.core())
                    && LabelNormalizer.similarity(l.core(), def.label()) < 0.5 && T3LabelMatcher.aliasScore(l.core(), def) < 0.5;
            if (byNumber && ocr && namesAnotherRow(l.core(), def)) {
                // OCR read the label's text as another row's (the block label it counts in was put on the wrong line):
                // its number alone does not place the row
                unreadAfterKey |= key != null;
                continue;
            }
            unreadAfterKey = false;
            keyLabel = l;
            if (byNumber) {
                out.unmatched.add("t3 label '" + c.text().strip() + "' placed by its number alone as " + def.key());
            }
            boolean isBlock = Schema.T3_BLOCKS.contains(def);
            if (isBlock && key != null && !key.equals(Schema.OTHER_SINGLE.key())) {
                // the rest of a block label wrapped after the item it holds ("（四）无 2.没有… 法提供"): context only
                continue;
            }
            if (isBlock) {
                t3Block = def.key();
                // （六）其他处理 with values of its own is the single 2019 row; a fragment ("他处理") only sets the block
                boolean wholeOther = def.key().equals(Schema.OTHER)
                        && (Ordinal.block(6).equals(l.ordinal()) || l.core().equals(def.label()));
                key = wholeOther ? Schema.OTHER_SINGLE.key() : null;
            } else {
                key = def.key();
                if (def.block() == null) {
                    t3Block = null;
                } else if (def.block().equals(Schema.OUTCOMES)) {
                    t3Block = Schema.OUTCOMES;
                }
            }
        }
        return key;
    }
}
