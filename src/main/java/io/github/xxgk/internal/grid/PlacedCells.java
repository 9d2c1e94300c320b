package io.github.xxgk.internal.grid;

import io.github.xxgk.report.ReportCell;
import io.github.xxgk.internal.normalize.ParsedValue;
import io.github.xxgk.internal.normalize.ValueParser;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.report.TableId;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.report.OcrNote;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells placed so far, each key once, and the warnings of what was not placed: what the mappers of tables 二,
 * 三 and 四 write to.
 */
final class PlacedCells {

    final Map<CellKey, ReportCell> cells = new LinkedHashMap<>();
    final List<String> unmatched = new ArrayList<>();

    void place(TableId table, String rowKey, List<ColumnDef> columns, Row row, int lastLabel, int[] header) {
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

    /** Places the cells at the header's positions, one a column, the row's other cells left out. */
    void placeUnder(TableId table, String rowKey, List<ColumnDef> columns, Row row, int[] header) {
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.cells().get(header[i]);
            put(new CellKey(table, rowKey, columns.get(i).key()), cell.text(), columns.get(i).unit(), row.page(), cell.ocr());
        }
    }

    void put(CellKey key, String text, String headerUnit, int page, OcrNote ocr) {
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

    void noteUnmatched(TableId table, Row row) {
        unmatched.add(table.code() + " row not matched: " + row.text());
    }
}
