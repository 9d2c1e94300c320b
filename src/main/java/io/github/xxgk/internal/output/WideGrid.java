package io.github.xxgk.internal.output;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.report.TableId;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** Table 三 as a person reads it: 办理结果 rows × 申请人情况 columns, with the official Chinese labels. */
public final class WideGrid {

    private WideGrid() {
    }

    public static void write(OutputStream out, boolean bom, Report r) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("申请情况/办理结果");
        for (ColumnDef c : Schema.T3_COLUMNS) {
            header.add(c.label());
        }
        CSVPrinter p = CsvFiles.open(out, bom, header.toArray(String[]::new));
        for (RowDef row : Schema.t3Rows(r.otherSplit())) {
            List<String> rec = new ArrayList<>();
            rec.add(printedLabel(row));
            for (ColumnDef c : Schema.T3_COLUMNS) {
                rec.add(r.cell(TableId.T3, row.key(), c.key()).map(WideGrid::text).orElse(""));
            }
            p.printRecord(rec);
        }
        p.flush();
    }

    private static String text(ReportCell c) {
        return c.value() == null ? c.raw() : c.value().toPlainString();
    }

    /** The label with its block, e.g. "（三）不予公开 / 1.属于国家秘密". */
    static String printedLabel(RowDef row) {
        String own = numbering(row) + row.label();
        if (row.block() == null || row.block().equals(Schema.OUTCOMES)) {
            return own;
        }
        for (RowDef b : Schema.T3_BLOCKS) {
            if (b.key().equals(row.block())) {
                return numbering(b) + b.label() + " / " + own;
            }
        }
        return own;
    }

    private static String numbering(RowDef r) {
        if (r.ordinal() == null) {
            return "";
        }
        String cn = "一二三四五六七八九";
        int n = r.ordinal().number();
        return switch (r.ordinal().level()) {
            case SECTION -> cn.charAt(n - 1) + "、";
            case BLOCK -> "（" + cn.charAt(n - 1) + "）";
            case ITEM -> n + ".";
        };
    }
}
