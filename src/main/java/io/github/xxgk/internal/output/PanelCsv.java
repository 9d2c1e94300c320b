package io.github.xxgk.internal.output;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.Identity;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.schema.T2Block;
import io.github.xxgk.report.TableId;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wide panel: one row per report ({@link #LEADING}: the source, who published it as printed and as resolved by
 * {@code Report.identity()}, the year, the format), then one column per cell that
 * either format can have, named {@code table.row.col} ({@code t3.granted.total}). Both formats share one
 * header: the union of their keys in schema order (t2 row by row, 2021 columns before the 2019-only ones; t3
 * with the three 2021 （六） sub-rows and then the single 2019 row {@code other}; t4). A cell the report does
 * not have is empty; a published value is written as published (plain number), never summed or converted.
 */
public final class PanelCsv {

    public static final List<String> LEADING = List.of("source", "report_key", "agency_name", "agency_kind", "level",
            "region_code", "province", "prefecture", "county", "year", "format");

    private static final List<CellKey> COLUMNS = columns();

    private PanelCsv() {
    }

    /** The cell columns after {@link #LEADING}, in order. */
    public static List<CellKey> cellColumns() {
        return COLUMNS;
    }

    public static String[] header() {
        List<String> h = new ArrayList<>(LEADING);
        COLUMNS.forEach(k -> h.add(k.toString()));
        return h.toArray(String[]::new);
    }

    public static void write(CSVPrinter out, Report r) throws IOException {
        out.printRecord(row(r));
    }

    /** The report's row as {@link #write} prints it, in {@link #header()}'s columns ("" for an empty cell). */
    public static List<String> row(Report r) {
        Map<CellKey, ReportCell> byKey = new HashMap<>();
        for (ReportCell c : r.cells()) {
            byKey.putIfAbsent(c.key(), c);
        }
        List<String> rec = new ArrayList<>(LEADING.size() + COLUMNS.size());
        Identity id = r.identity();
        rec.add(r.source());
        rec.add(CsvFiles.str(id.reportKey()));
        rec.add(CsvFiles.str(r.agency()));
        rec.add(id.kind().code());
        rec.add(id.level() == null ? "" : id.level().code());
        rec.add(CsvFiles.str(id.regionCode()));
        rec.add(CsvFiles.str(id.province()));
        rec.add(CsvFiles.str(id.prefecture()));
        rec.add(CsvFiles.str(id.county()));
        rec.add(CsvFiles.str(r.year()));
        rec.add(r.format().code());
        for (CellKey k : COLUMNS) {
            ReportCell c = byKey.get(k);
            rec.add(c == null || c.value() == null ? "" : c.value().toPlainString());
        }
        return rec;
    }

    private static List<CellKey> columns() {
        Set<CellKey> keys = new LinkedHashSet<>();
        for (RowDef row : Schema.T2_ROWS) {
            for (List<T2Block> blocks : List.of(Schema.T2_2021, Schema.T2_2019)) {
                for (T2Block b : blocks) {
                    if (b.rows().stream().anyMatch(x -> x.key().equals(row.key()))) {
                        for (ColumnDef c : b.columns()) {
                            keys.add(new CellKey(TableId.T2, row.key(), c.key()));
                        }
                    }
                }
            }
        }
        for (RowDef row : Schema.T3_ALL_ROWS) {
            for (ColumnDef c : Schema.T3_COLUMNS) {
                keys.add(new CellKey(TableId.T3, row.key(), c.key()));
            }
        }
        for (String row : Schema.T4_ROWS) {
            for (ColumnDef c : Schema.T4_COLUMNS) {
                keys.add(new CellKey(TableId.T4, row, c.key()));
            }
        }
        return List.copyOf(keys);
    }
}
