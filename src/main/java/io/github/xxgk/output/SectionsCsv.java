package io.github.xxgk.output;

import io.github.xxgk.Report;
import io.github.xxgk.ReportSection;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.util.List;

/**
 * The narrative of each report, one row per part ({@code --sections F.csv}): the preface, each numbered section,
 * the signature. The text is one quoted field with its paragraphs on lines of their own, so that pandas
 * ({@code read_csv}) and R ({@code read.csv}) read the file in one call.
 *
 * <p>{@link #rows(Report)} is the one place a report becomes these rows: any other writer of the sections
 * table (the Spark job's {@code sections} table) takes them from here, so the columns stay one definition.
 */
public final class SectionsCsv {

    public static final String[] HEADER = {"source", "agency", "year", "section", "number", "title", "text"};

    /** One row of the sections table. */
    public record SectionRow(String source, String agency, Integer year, String section, String number, String title,
                             String text) {
    }

    private SectionsCsv() {
    }

    public static List<SectionRow> rows(Report r) {
        return r.sections().stream().map(s -> row(r, s)).toList();
    }

    private static SectionRow row(Report r, ReportSection s) {
        return new SectionRow(r.source(), r.agency(), r.year(), s.part().code(), s.number(), s.title(), s.text());
    }

    public static void write(CSVPrinter out, Report r) throws IOException {
        for (SectionRow s : rows(r)) {
            out.printRecord(s.source(), CsvFiles.str(s.agency()), CsvFiles.str(s.year()), s.section(), s.number(), s.title(),
                    s.text());
        }
    }
}
