package io.github.xxgk;

import io.github.xxgk.internal.batch.OutputNames;
import io.github.xxgk.internal.batch.BuildStamp;
import io.github.xxgk.internal.batch.Journal;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.internal.output.AtomicFile;
import io.github.xxgk.internal.output.CsvFiles;
import io.github.xxgk.internal.output.FindingsCsv;
import io.github.xxgk.internal.output.ReportJson;
import io.github.xxgk.internal.output.LongCsv;
import io.github.xxgk.internal.output.PanelCsv;
import io.github.xxgk.internal.output.ReviewPage;
import io.github.xxgk.internal.output.SectionsCsv;
import io.github.xxgk.internal.output.StatusCsv;
import io.github.xxgk.internal.output.WideGrid;
import io.github.xxgk.report.Identity;
import io.github.xxgk.internal.validate.CopyCheck;
import io.github.xxgk.internal.validate.CrossYearCheck;
import io.github.xxgk.internal.validate.OcrCheck;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every output being written. The long CSV, panel, sections, wide and JSON files are written report by
 * report in input order while the batch extracts ({@link #writeInOrder}); the findings, the status and the
 * review page need the cross-year checks of the whole batch and are written after it
 * ({@link #writeAfterAll}). Nothing is committed until all of it is written.
 */
final class BatchSinks implements AutoCloseable {

    /**
     * The review page's low-confidence mark: a cell OCR read below the confidence the {@code OCR} check accepts,
     * or read differently at two scales.
     */
    static final Predicate<ReportCell> LOW_CONFIDENCE = OcrCheck::isDoubtful;

    private final Batch.Outputs out;
    private final List<Path> files;
    final Sink longSink;
    final Sink findSink;
    final Sink statusSink;
    final Sink panelSink;
    final Sink sectionSink;
    final ReviewPage review;

    BatchSinks(Batch.Outputs out, List<Path> files, PrintStream stdout, boolean toStdout) throws IOException {
        this.out = out;
        this.files = files;
        if (out.wideDir() != null) {
            Files.createDirectories(out.wideDir());
        }
        if (out.jsonDir() != null) {
            Files.createDirectories(out.jsonDir());
        }
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            longSink = opened(opened, new Sink(toStdout ? null : out.longCsv(), out.bom(), LongCsv.HEADER, toStdout ? stdout : null));
            findSink = out.findings() == null ? null : opened(opened, new Sink(out.findings(), out.bom(), FindingsCsv.HEADER, null));
            statusSink = out.status() == null ? null : opened(opened, new Sink(out.status(), out.bom(), StatusCsv.HEADER, null));
            panelSink = out.panel() == null ? null : opened(opened, new Sink(out.panel(), out.bom(), PanelCsv.header(), null));
            sectionSink = out.sections() == null ? null
                    : opened(opened, new Sink(out.sections(), out.bom(), SectionsCsv.HEADER, null));
            review = out.reviewDir() == null ? null : opened(opened, ReviewPage.open(out.reviewDir(), LOW_CONFIDENCE));
        } catch (IOException | RuntimeException e) {
            for (AutoCloseable c : opened) {
                try {
                    c.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private static <T extends AutoCloseable> T opened(List<AutoCloseable> opened, T c) {
        opened.add(c);
        return c;
    }

    /** The outputs of input {@code i} that depend on its report alone; {@code report} null: it gave none. */
    void writeInOrder(int i, Report report) throws IOException {
        if (report == null) {
            return;
        }
        LongCsv.write(longSink.csv, report);
        if (panelSink != null) {
            PanelCsv.write(panelSink.csv, report);
        }
        if (sectionSink != null) {
            SectionsCsv.write(sectionSink.csv, report);
        }
        if (out.wideDir() != null) {
            try (AtomicFile a = AtomicFile.create(out.wideDir().resolve(OutputNames.of(files.get(i), ".t3.csv")))) {
                WideGrid.write(a.stream(), out.bom(), report);
                a.commit();
            }
        }
        if (out.jsonDir() != null) {
            try (AtomicFile a = AtomicFile.create(out.jsonDir().resolve(OutputNames.of(files.get(i), ".json")))) {
                ReportJson.writeDocument(a.stream(), report);
                a.commit();
            }
        }
    }

    void commit() throws IOException {
        longSink.commit();
        if (findSink != null) {
            findSink.commit();
        }
        if (statusSink != null) {
            statusSink.commit();
        }
        if (panelSink != null) {
            panelSink.commit();
        }
        if (sectionSink != null) {
            sectionSink.commit();
        }
        if (review != null) {
            review.commit("xxgk " + BuildStamp.VERSION);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (AutoCloseable c : new AutoCloseable[] {review, sectionSink, panelSink, statusSink, findSink, longSink}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof IOException io ? io : new IOException(e);
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The findings (with the cross-year checks), the status rows and the review page: they need the whole batch. */
    void writeAfterAll(Journal journal, Batch.Result[] results) throws IOException {
        if (findSink == null && statusSink == null && review == null) {
            return;
        }
        List<CrossYearCheck.Summary> summaries = new ArrayList<>();
        for (Batch.Result r : results) {
            if (r.summary() != null) {
                summaries.add(r.summary());
            }
        }
        Map<Integer, List<CrossYearCheck.Result>> crossYear = new HashMap<>();
        for (CrossYearCheck.Result x : CrossYearCheck.check(summaries)) {
            crossYear.computeIfAbsent(x.order(), k -> new ArrayList<>()).add(x);
        }
        for (CrossYearCheck.Result x : copies(journal, results)) {
            crossYear.computeIfAbsent(x.order(), k -> new ArrayList<>()).add(x);
        }
        boolean needReports = findSink != null || review != null;
        for (int i = 0; i < results.length; i++) {
            Batch.Result r = results[i];
            List<CrossYearCheck.Result> cross = crossYear.getOrDefault(i, List.of());
            int failedFindings = r.failedFindings();
            if (r.ok()) {
                Report report = needReports ? Batch.readBack(journal, r) : null;
                if (findSink != null) {
                    FindingsCsv.write(findSink.csv, report);
                    for (CrossYearCheck.Result x : cross) {
                        findSink.csv.printRecord(FindingsCsv.row(x));
                    }
                }
                failedFindings += (int) cross.stream().filter(x -> x.finding().failed()).count();
                if (review != null) {
                    review.addReport(r.source(), report, cross);
                }
            } else if (review != null) {
                review.addFailure(r.source(), r.status(), r.message());
            }
            if (statusSink != null) {
                StatusCsv.write(statusSink.csv, new StatusCsv.Row(r.source(), r.sha256(), r.bytes(), r.pages(), r.kind(),
                        r.agency(), r.year(), r.format(), r.cells(), failedFindings, r.status(), r.message(), r.milliseconds(),
                        r.ocrPages()));
            }
        }
    }

    /**
     * The X-SOURCE findings between copies of one report (one {@code reportKey}); only the reports that have a
     * copy are read back from the journal, one group at a time.
     */
    private static List<CrossYearCheck.Result> copies(Journal journal, Batch.Result[] results) throws IOException {
        Map<String, List<Integer>> byKey = new java.util.LinkedHashMap<>();
        for (int i = 0; i < results.length; i++) {
            String key = results[i].ok() ? Identity.of(results[i].agency(), results[i].year()).reportKey() : null;
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<CrossYearCheck.Result> out = new ArrayList<>();
        for (List<Integer> group : byKey.values()) {
            if (group.size() > 1) {
                List<CopyCheck.Copy> copies = new ArrayList<>();
                for (int i : group) {
                    copies.add(new CopyCheck.Copy(i, Batch.readBack(journal, results[i])));
                }
                out.addAll(CopyCheck.check(copies));
            }
        }
        return out;
    }

    /** A CSV being written: to an {@link AtomicFile}, or to stdout. */
    private static final class Sink implements AutoCloseable {
        final CSVPrinter csv;
        final AtomicFile file;

        Sink(Path target, boolean bom, String[] header, java.io.PrintStream stdout) throws IOException {
            OutputStream os;
            if (target == null) {
                file = null;
                os = new java.io.FilterOutputStream(stdout) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
            } else {
                AtomicFile.removeStale(target);
                file = AtomicFile.create(target);
                os = file.stream();
            }
            csv = CsvFiles.open(os, bom, header);
        }

        void commit() throws IOException {
            csv.flush();
            if (file != null) {
                file.commit();
            }
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            } else {
                csv.flush();
            }
        }
    }
}
