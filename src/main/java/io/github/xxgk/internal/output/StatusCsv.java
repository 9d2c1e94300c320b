package io.github.xxgk.internal.output;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.Identity;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-file status CSV of a batch: one row per input, whether it gave tables or why not.
 * {@code status} is one of {@link BatchStatus}'s codes; {@code milliseconds} is the extraction time of the run
 * that extracted the file (a resumed file keeps the time of the run that did it), the only column that differs
 * between two runs over the same inputs. {@code report_key} (shared by copies of one report),
 * {@code agency_kind}, {@code level}, {@code region_code}: the agency
 * resolved to its division ({@code Report.identity()}); empty for a file that gave no report, and the code empty
 * when the agency did not resolve (check {@code ID} says why).
 */
public final class StatusCsv {

    public static final String[] HEADER = {"source", "sha256", "bytes", "pages", "kind", "agency", "year", "format",
            "cells", "failed_findings", "status", "message", "milliseconds", "ocr_pages", "report_key", "agency_kind", "level", "region_code"};

    private StatusCsv() {
    }

    /** One input's row. Strings may be null (written empty); numbers below zero are written empty. */
    public record Row(String source, String sha256, long bytes, int pages, String kind, String agency, Integer year,
                      String format, int cells, int failedFindings, BatchStatus status, String message, long milliseconds,
                      int ocrPages) {
    }

    /**
     * The row of an input with what it gave: {@code report} is null for a failure; {@code crossYearFailures} is
     * the number of failed cross-year findings filed under it, counted in {@code failed_findings}.
     */
    public static Row of(String source, String sha256, long bytes, String kind, BatchStatus status, String message,
                         long milliseconds, Report report, int crossYearFailures) {
        if (report == null) {
            return new Row(source, sha256, bytes, 0, kind, null, null, null, 0, 0, status, message, milliseconds, 0);
        }
        return new Row(source, sha256, bytes, report.pages(), kind, report.agency(), report.year(), report.format().code(),
                report.cells().size(), report.failures().size() + crossYearFailures, status, message, milliseconds,
                report.ocrPages());
    }

    public static void write(CSVPrinter out, Row r) throws IOException {
        out.printRecord(values(r));
    }

    /** The row as {@link #write} prints it, in {@link #HEADER}'s columns ("" for an empty field). */
    public static List<String> values(Row r) {
        List<String> values = Arrays.asList(r.source(), CsvFiles.str(r.sha256()), r.bytes() < 0 ? "" : Long.toString(r.bytes()),
                r.pages() <= 0 ? "" : Integer.toString(r.pages()), CsvFiles.str(r.kind()), CsvFiles.str(r.agency()),
                CsvFiles.str(r.year()), CsvFiles.str(r.format()), r.status() == BatchStatus.OK ? Integer.toString(r.cells()) : "",
                r.status() == BatchStatus.OK ? Integer.toString(r.failedFindings()) : "", r.status().code(),
                CsvFiles.str(r.message()), r.milliseconds() < 0 ? "" : Long.toString(r.milliseconds()),
                r.status() == BatchStatus.OK ? Integer.toString(r.ocrPages()) : "");
        if (r.status() != BatchStatus.OK) {
            return concat(values, "", "", "", "");
        }
        Identity id = Identity.of(r.agency(), r.year());
        return concat(values, CsvFiles.str(id.reportKey()), id.kind().code(), id.level() == null ? "" : id.level().code(), CsvFiles.str(id.regionCode()));
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> out = new ArrayList<>(head);
        out.addAll(Arrays.asList(tail));
        return out;
    }
}
