package io.github.xxgk.output;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;

/**
 * The per-file status CSV of a batch: one row per input, whether it gave tables or why not.
 * {@code status} is one of {@link BatchStatus}'s codes; {@code milliseconds} is the extraction time of the run
 * that extracted the file (a resumed file keeps the time of the run that did it), the only column that differs
 * between two runs over the same inputs.
 */
public final class StatusCsv {

    public static final String[] HEADER = {"source", "sha256", "bytes", "pages", "kind", "agency", "year", "format",
            "cells", "failed_findings", "status", "message", "milliseconds", "ocr_pages"};

    private StatusCsv() {
    }

    /** One input's row. Strings may be null (written empty); numbers below zero are written empty. */
    public record Row(String source, String sha256, long bytes, int pages, String kind, String agency, Integer year,
                      String format, int cells, int failedFindings, BatchStatus status, String message, long milliseconds,
                      int ocrPages) {
    }

    public static void write(CSVPrinter out, Row r) throws IOException {
        out.printRecord(r.source(), CsvFiles.str(r.sha256()), r.bytes() < 0 ? "" : Long.toString(r.bytes()),
                r.pages() <= 0 ? "" : Integer.toString(r.pages()), CsvFiles.str(r.kind()), CsvFiles.str(r.agency()),
                CsvFiles.str(r.year()), CsvFiles.str(r.format()), r.status() == BatchStatus.OK ? Integer.toString(r.cells()) : "",
                r.status() == BatchStatus.OK ? Integer.toString(r.failedFindings()) : "", r.status().code(),
                CsvFiles.str(r.message()), r.milliseconds() < 0 ? "" : Long.toString(r.milliseconds()),
                r.status() == BatchStatus.OK ? Integer.toString(r.ocrPages()) : "");
    }
}
