package io.github.xxgk.internal.output;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportSection;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The narrative of each report, one row per part ({@code --sections F.csv}): the preface, each numbered section,
 * the signature. The text is one quoted field with its paragraphs on lines of their own, so that pandas
 * ({@code read_csv}) and R ({@code read.csv}) read the file in one call.
 *
 * <p>{@link #rows(Report)} is the one place a report becomes these rows: the Spark job's {@code sections} table
 * takes them from here too, so the columns stay one definition.
 */
public final class SectionsCsv {

    public static final String[] HEADER = {"source", "agency", "year", "section", "number", "title", "text"};

    private SectionsCsv() {
    }

    public static void write(CSVPrinter out, Report r) throws IOException {
        for (List<String> row : rows(r)) {
            out.printRecord(row);
        }
    }

    /** The rows {@link #write} prints, one list of {@link #HEADER}'s columns per part ("" for an empty field). */
    public static List<List<String>> rows(Report r) {
        List<List<String>> rows = new ArrayList<>(r.sections().size());
        for (ReportSection s : r.sections()) {
            rows.add(Arrays.asList(r.source(), CsvFiles.str(r.agency()), CsvFiles.str(r.year()), s.part().code(), s.number(),
                    s.title(), s.text()));
        }
        return rows;
    }
}
