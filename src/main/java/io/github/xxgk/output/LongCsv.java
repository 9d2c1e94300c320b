package io.github.xxgk.output;

import io.github.xxgk.Report;
import io.github.xxgk.ReportCell;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;

/** The long CSV of FORMAT.md: one row per cell of every table found. */
public final class LongCsv {

    public static final String[] HEADER = {"source", "agency", "year", "format", "table", "row", "col", "value", "unit", "raw", "page"};

    private LongCsv() {
    }

    public static void write(CSVPrinter out, Report r) throws IOException {
        for (ReportCell c : r.cells()) {
            out.printRecord(r.source(), CsvFiles.str(r.agency()), CsvFiles.str(r.year()), r.format().code(),
                    c.key().table().code(), c.key().row(), c.key().col(),
                    c.value() == null ? "" : c.value().toPlainString(), c.value() == null ? "" : c.unit(), c.raw(),
                    CsvFiles.str(c.page()));
        }
    }
}
