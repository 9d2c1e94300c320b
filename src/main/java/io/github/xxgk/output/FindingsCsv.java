package io.github.xxgk.output;

import io.github.xxgk.Report;
import io.github.xxgk.schema.CellKey;
import io.github.xxgk.validate.Finding;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.util.stream.Collectors;

/** The findings CSV of FORMAT.md: one row per check and report, naming every cell the check reads. */
public final class FindingsCsv {

    public static final String[] HEADER = {"source", "check", "status", "cells", "left", "right", "message"};

    private FindingsCsv() {
    }

    public static void write(CSVPrinter out, Report r) throws IOException {
        for (Finding f : r.findings()) {
            out.printRecord(r.source(), f.check(), f.status().code(),
                    f.cells().stream().map(CellKey::toString).collect(Collectors.joining(" ")),
                    f.left() == null ? "" : f.left().toPlainString(), f.right() == null ? "" : f.right().toPlainString(),
                    f.message());
        }
    }
}
