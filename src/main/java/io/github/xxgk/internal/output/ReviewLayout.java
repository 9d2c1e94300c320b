package io.github.xxgk.internal.output;

import io.github.xxgk.report.CellKey;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.report.Format;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.schema.T2Block;
import io.github.xxgk.report.TableId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published grids of one format and t3 shape, as the review page draws them: tables of labelled rows whose
 * cells point into one flat list of cell keys. The page holds each layout once and every report only as the
 * values in that flat order, which keeps 5,000 reports to a few megabytes.
 *
 * @param id     {@code 2021} or {@code 2021-split}: the format, and whether t3 prints （六） as three sub-rows
 * @param keys   every cell of the layout, in the order a report's values are listed
 * @param tables the grids in published order
 */
record ReviewLayout(String id, List<String> keys, List<Table> tables) {

    /**
     * A data row, whose cells are indexes into {@link #keys}, or a heading row (no cells) that names the columns
     * of the rows below it: table 二's 第二十条 blocks each have columns of their own.
     */
    record Row(String label, List<Integer> cells, List<String> heads) {

        static Row data(String label, List<Integer> cells) {
            return new Row(label, List.copyOf(cells), List.of());
        }
    }

    /** One grid: its table, its title, the column labels and the rows. */
    record Table(String table, String title, List<String> columns, List<Row> rows) {
    }

    /** Table 四's rows: the schema keeps them as keys only. */
    private static final Map<String, String> T4_LABELS = Map.of(
            "review", "行政复议",
            "litigation_direct", "行政诉讼：未经复议直接起诉",
            "litigation_after_review", "行政诉讼：复议后起诉");

    static String id(Format format, boolean otherSplit) {
        return format.code() + (otherSplit ? "-split" : "");
    }

    static ReviewLayout of(Format format, boolean otherSplit) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Table> tables = new ArrayList<>();

        List<Row> t2 = new ArrayList<>();
        for (T2Block block : Schema.t2(format)) {
            t2.add(new Row(block.heading(), List.of(), block.columns().stream().map(ColumnDef::label).toList()));
            for (RowDef r : block.rows()) {
                List<Integer> cells = new ArrayList<>();
                for (ColumnDef c : block.columns()) {
                    cells.add(indexOf(index, new CellKey(TableId.T2, r.key(), c.key())));
                }
                t2.add(Row.data(r.label(), cells));
            }
        }
        tables.add(new Table("t2", "二、主动公开政府信息情况", List.of(), t2));

        List<Row> t3 = new ArrayList<>();
        for (RowDef r : Schema.t3Rows(otherSplit)) {
            List<Integer> cells = new ArrayList<>();
            for (ColumnDef c : Schema.T3_COLUMNS) {
                cells.add(indexOf(index, new CellKey(TableId.T3, r.key(), c.key())));
            }
            t3.add(Row.data(WideGrid.printedLabel(r), cells));
        }
        tables.add(new Table("t3", "三、收到和处理政府信息公开申请情况",
                Schema.T3_COLUMNS.stream().map(ColumnDef::label).toList(), t3));

        List<Row> t4 = new ArrayList<>();
        for (String r : Schema.T4_ROWS) {
            List<Integer> cells = new ArrayList<>();
            for (ColumnDef c : Schema.T4_COLUMNS) {
                cells.add(indexOf(index, new CellKey(TableId.T4, r, c.key())));
            }
            t4.add(Row.data(T4_LABELS.getOrDefault(r, r), cells));
        }
        tables.add(new Table("t4", "四、政府信息公开行政复议、行政诉讼情况",
                Schema.T4_COLUMNS.stream().map(ColumnDef::label).toList(), t4));

        return new ReviewLayout(id(format, otherSplit), List.copyOf(index.keySet()), List.copyOf(tables));
    }

    private static int indexOf(Map<String, Integer> index, CellKey key) {
        return index.computeIfAbsent(key.toString(), k -> index.size());
    }
}
