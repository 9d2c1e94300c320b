package io.github.xxgk.internal.grid;

import io.github.xxgk.report.ReportCell;
import io.github.xxgk.internal.detect.RowKinds;
import io.github.xxgk.internal.detect.Sections;
import io.github.xxgk.internal.detect.Sections.Section;
import io.github.xxgk.internal.normalize.Label;
import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.normalize.Ordinal;
import io.github.xxgk.internal.normalize.ParsedValue;
import io.github.xxgk.internal.normalize.ValueParser;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.report.Format;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.schema.T2Block;
import io.github.xxgk.report.TableId;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.report.OcrNote;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the rows of any reader onto the schema's keys. It walks the rows once: section headings (or, where
 * they are missing, the tables' own header rows) say which table a row belongs to; within a table a row is
 * placed by its labels (block, ordinal, text), never by its position alone, and its values are found by
 * {@link ValueColumns}.
 */
public final class GridMapper {

    private final SourceDocument doc;
    private final Map<CellKey, ReportCell> cells = new LinkedHashMap<>();
    private final List<String> unmatched = new ArrayList<>();
    private final List<Row> titleRows = new ArrayList<>();
    private final StringBuilder narrative = new StringBuilder();

    private Section section = Section.NONE;
    private boolean anyTable;

    // t2 state
    private final List<ColumnDef> t2Header = new ArrayList<>();
    private int[] t2HeaderPos;
    /** The t2 header row just read, while the next row may still continue it. */
    private Row lastT2Header;
    private int votes2021;
    private int votes2019;
    private final List<PendingT2> pendingT2 = new ArrayList<>();

    // t3 state
    private final T3Header t3Header = new T3Header();
    private String t3Block;
    /** Label cells of value-less rows since the last data row: the first lines of a wrapped label. */
    private final List<Cell> fragments = new ArrayList<>();
    private boolean otherSplit;
    private boolean otherSingle;
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

    // t4 state
    private final T4Cells t4 = new T4Cells();

    private record PendingT2(String rowKey, Row row, int lastLabel) {
    }

    private GridMapper(SourceDocument doc) {
        this.doc = doc;
    }

    public static MappedTables map(SourceDocument doc) {
        return new GridMapper(doc).run();
    }

    private MappedTables run() {
        for (Row row : doc.rows()) {
            if (row.isBlank()) {
                continue;
            }
            Section heading = Sections.heading(row);
            if (heading != null) {
                enter(heading);
                continue;
            }
            if (!row.tableRow() && section != Section.T3 && section != Section.T4 && voteHeaderLine(row.text())
                    && section != Section.T2) {
                // a t2 header printed as a line of text opens t2 where its heading was lost (on a page the scan lost)
                enter(Section.T2);
            }
            Section implicit = Sections.implicit(row, section);
            if (implicit != null && implicit != section) {
                enter(implicit);
            }
            switch (section) {
                case NONE -> {
                    if (titleRows.size() < 12) {
                        titleRows.add(row);
                    }
                    if (!anyTable) {
                        narrative.append(row.text()).append('\n');
                    }
                }
                case NARRATIVE -> narrative.append(row.text()).append('\n');
                case T2 -> t2Row(row);
                case T3 -> t3Row(row);
                case T4 -> t4.add(row);
                case AFTER -> { }
            }
        }
        reportPendingOther();
        if (blankOther != null && !otherSplit) {
            otherSingle = true;
            place(TableId.T3, Schema.OTHER_SINGLE.key(), Schema.T3_COLUMNS, blankOther, RowKinds.lastLabelIndex(blankOther), t3Header.positions());
        }
        Format format = decideFormat();
        if (format == Format.F2021 && otherSingle && !otherSplit) {
            unmatched.add("mixed format: t2 follows the 2021 format but t3 prints the single 2019 （六）其他处理 row (kept as t3.other)");
        } else if (format == Format.F2019 && otherSplit) {
            unmatched.add("mixed format: t2 follows the 2019 format but t3 prints the three 2021 （六） sub-rows (kept as published)");
        }
        resolvePendingT2(format);
        placeT4();
        // no （六） row was read at all (every one lost, e.g. printed blank): a 2021 report is expected to print the
        // three sub-rows, so COMPLETE names those rather than the single 2019 row the report does not have
        boolean splitExpected = otherSplit || (!otherSingle && format == Format.F2021);
        return new MappedTables(new ArrayList<>(cells.values()), format, splitExpected, unmatched, titleRows, narrative.toString());
    }

    private void enter(Section s) {
        section = s;
        if (s == Section.T2 || s == Section.T3 || s == Section.T4) {
            anyTable = true;
        }
        if (s == Section.T3) {
            t3Block = null;
        }
    }

    // ---- t2 -------------------------------------------------------------------------------------------

    private void t2Row(Row row) {
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
            noteUnmatched(TableId.T2, row);
            return;
        }
        if (def.key().equals("other_external_services") || def.key().equals("centralized_procurement")) {
            votes2019 += 2;
        }
        if (t2Header.isEmpty()) {
            // no header seen for this block: placed once the format is known, by its official columns
            pendingT2.add(new PendingT2(def.key(), row, lastLabel));
        } else {
            place(TableId.T2, def.key(), t2Header, row, lastLabel, t2HeaderPos);
        }
    }

    /**
     * A header printed as a line of text (信息内容 本年处理决定数量, an unruled table's header) votes for the format
     * whose column labels it holds; a label that is part of a longer one held too (处理决定数量 in
     * 本年处理决定数量) does not count. Returns whether it held any.
     */
    private boolean voteHeaderLine(String text) {
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
        List<Cell> cs = row.cells();
        for (int i = 0; i < cs.size(); i++) {
            Cell c = cs.get(i);
            if (c.continuation() || c.isBlank()) {
                continue;
            }
            String core = LabelNormalizer.label(c.text()).core();
            if (core.equals("信息内容")) {
                continue;
            }
            ColumnDef col = T2Labels.column(core, t2Header);
            if (col == null) {
                unmatched.add("t2 header: " + c.text().strip());
                continue;
            }
            if (Schema.T2_COLUMNS_2021.contains(col)) {
                votes2021++;
            } else {
                votes2019++;
            }
            t2Header.add(col);
            pos.add(i);
        }
        t2HeaderPos = pos.stream().mapToInt(Integer::intValue).toArray();
    }

    private void resolvePendingT2(Format format) {
        if (format == null) {
            return;
        }
        for (PendingT2 p : pendingT2) {
            for (T2Block block : Schema.t2(format)) {
                for (RowDef r : block.rows()) {
                    if (r.key().equals(p.rowKey())) {
                        place(TableId.T2, p.rowKey(), block.columns(), p.row(), p.lastLabel(), null);
                    }
                }
            }
        }
    }

    // ---- t3 -------------------------------------------------------------------------------------------

    private void t3Row(Row row) {
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
            noteUnmatched(TableId.T3, row);
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
        place(TableId.T3, key, Schema.T3_COLUMNS, row, lastLabel, t3Header.positions());
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
        if (ambiguous || cells.containsKey(new CellKey(TableId.T3, next.key(), Schema.T3_COLUMNS.get(0).key()))) {
            return null;
        }
        unmatched.add("t3 label '" + RowKinds.firstText(row).strip() + "' matched no row; placed by its position after "
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
                unmatched.add("t3 row '" + RowKinds.firstText(r).strip() + "' placed by its position before " + key + " as " + k);
                place(TableId.T3, k, Schema.T3_COLUMNS, r, RowKinds.lastLabelIndex(r), t3Header.positions());
            }
            pendingOther.clear();
        }
        reportPendingOther();
    }

    private void reportPendingOther() {
        for (Row r : pendingOther) {
            unmatched.add("t3 row '" + r.text().strip() + "' may be （六）其他处理 or one of its three sub-rows: its label "
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
                unmatched.add("t3 label '" + c.text().strip() + "' placed by its number alone as " + def.key());
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

    // ---- t4 -------------------------------------------------------------------------------------------

    private void placeT4() {
        List<T4Cells.Placed> placed = t4.cells();
        for (int i = 0; i < placed.size(); i++) {
            String rowKey = Schema.T4_ROWS.get(i / 5);
            String colKey = Schema.T4_COLUMNS.get(i % 5).key();
            put(new CellKey(TableId.T4, rowKey, colKey), placed.get(i).cell().text(), "", placed.get(i).page(), placed.get(i).cell().ocr());
        }
    }

    // ---- shared ---------------------------------------------------------------------------------------

    private void place(TableId table, String rowKey, List<ColumnDef> columns, Row row, int lastLabel, int[] header) {
        int n = columns.size();
        int[] pos = ValueColumns.locate(row, lastLabel, header != null && header.length == n ? header : null, n);
        if (table == TableId.T3 && java.util.Arrays.stream(pos).anyMatch(p -> p == ValueColumns.NONE)
                && row.cells().stream().anyMatch(c -> c.ocr() != null)) {
            // an OCR'd row short of cells (a header the scan lost, whole blank columns): which columns its values
            // stand in would be a guess, so none is placed and COMPLETE names the row's cells
            unmatched.add("t3 row " + rowKey + " has fewer cells than the 7 columns and no header to align them; not placed: "
                    + row.text());
            return;
        }
        if (table == TableId.T3 && java.util.Arrays.stream(pos).anyMatch(p -> p == ValueColumns.NONE)) {
            // fewer cells than columns and no header to align them: say so, the values went left to right
            unmatched.add("t3 row " + rowKey + " has fewer cells than the 7 columns; placed left to right: " + row.text());
        }
        for (int i = 0; i < n; i++) {
            if (pos[i] == ValueColumns.NONE) {
                continue;
            }
            Cell cell = row.cells().get(pos[i]);
            put(new CellKey(table, rowKey, columns.get(i).key()), cell.text(), columns.get(i).unit(), row.page(), cell.ocr());
        }
    }

    private void put(CellKey key, String text, String headerUnit, int page, OcrNote ocr) {
        if (cells.containsKey(key)) {
            unmatched.add("duplicate " + key + ": kept the first, ignored '" + text.strip() + "'");
            return;
        }
        ParsedValue v = ValueParser.parse(text);
        String unit = v.unit().isEmpty() ? headerUnit : v.unit();
        String raw = text.strip().replace('\u00A0', ' ').strip();
        if (!v.numeric()) {
            unmatched.add("not a number in " + key + ": '" + raw + "'");
        }
        cells.put(key, new ReportCell(key, v.number(), v.number() == null ? "" : unit, raw,
                page > 0 ? page : null, ocr));
    }

    private Format decideFormat() {
        if (votes2021 > votes2019) {
            return Format.F2021;
        }
        if (votes2019 > votes2021) {
            return Format.F2019;
        }
        if (otherSplit) {
            return Format.F2021;
        }
        if (otherSingle) {
            return Format.F2019;
        }
        return null;
    }

    private void noteUnmatched(TableId table, Row row) {
        unmatched.add(table.code() + " row not matched: " + row.text());
    }
}
