package io.github.xxgk.internal.output;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.internal.validate.CrossYearCheck;
import io.github.xxgk.report.Finding;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The findings CSV of docs/format.md: one row per check and report, naming every cell the check reads. */
public final class FindingsCsv {

    public static final String[] HEADER = {"source", "check", "status", "cells", "left", "right", "message"};

    private FindingsCsv() {
    }

    public static void write(CSVPrinter out, Report r) throws IOException {
        for (List<String> row : rows(r)) {
            out.printRecord(row);
        }
    }

    /** The rows {@link #write} prints, one list of {@link #HEADER}'s columns per finding ("" for an empty field). */
    public static List<List<String>> rows(Report r) {
        List<List<String>> rows = new ArrayList<>(r.findings().size());
        for (Finding f : r.findings()) {
            rows.add(row(r.source(), f, f.cells().stream().map(CellKey::toString).collect(Collectors.joining(" "))));
        }
        return rows;
    }

    /** The row of a cross-year finding, filed under the later report; its cells are named with their years. */
    public static List<String> row(CrossYearCheck.Result x) {
        return row(x.source(), x.finding(), x.cells());
    }

    private static List<String> row(String source, Finding f, String cells) {
        return Arrays.asList(source, f.check(), f.status().code(), cells,
                f.left() == null ? "" : f.left().toPlainString(), f.right() == null ? "" : f.right().toPlainString(),
                CsvFiles.str(f.message()));
    }
}
