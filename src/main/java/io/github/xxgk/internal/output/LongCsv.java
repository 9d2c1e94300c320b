package io.github.xxgk.internal.output;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The long CSV of docs/format.md: one row per cell of every table found. */
public final class LongCsv {

    public static final String[] HEADER = {"source", "agency", "year", "format", "table", "row", "col", "value", "unit", "raw", "page"};

    private LongCsv() {
    }

    public static void write(CSVPrinter out, Report r) throws IOException {
        for (List<String> row : rows(r)) {
            out.printRecord(row);
        }
    }

    /** The rows {@link #write} prints, one list of {@link #HEADER}'s columns per cell ("" for an empty field). */
    public static List<List<String>> rows(Report r) {
        List<List<String>> rows = new ArrayList<>(r.cells().size());
        for (ReportCell c : r.cells()) {
            rows.add(Arrays.asList(r.source(), CsvFiles.str(r.agency()), CsvFiles.str(r.year()), r.format().code(),
                    c.key().table().code(), c.key().row(), c.key().col(),
                    c.value() == null ? "" : c.value().toPlainString(), c.value() == null ? "" : CsvFiles.str(c.unit()),
                    CsvFiles.str(c.raw()), CsvFiles.str(c.page())));
        }
        return rows;
    }
}
