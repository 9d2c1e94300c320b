package io.github.xxgk.batch;


import io.github.xxgk.Report;
import io.github.xxgk.Xxgk;
import io.github.xxgk.guard.OcrMode;
import io.github.xxgk.output.AtomicFile;
import io.github.xxgk.output.BatchStatus;
import io.github.xxgk.output.CsvFiles;
import io.github.xxgk.output.FindingsCsv;
import io.github.xxgk.output.JsonReport;
import io.github.xxgk.output.LongCsv;
import io.github.xxgk.output.PanelCsv;
import io.github.xxgk.output.ReviewPage;
import io.github.xxgk.output.SectionsCsv;
import io.github.xxgk.output.StatusCsv;
import io.github.xxgk.output.WideGrid;
import io.github.xxgk.region.Identity;
import io.github.xxgk.source.ReportSource;
import io.github.xxgk.source.Sources;
import io.github.xxgk.validate.CopyCheck;
import io.github.xxgk.validate.CrossYearCheck;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code xxgk extract} run over many inputs: extract in parallel, checkpoint each file in the
 * {@link Journal} as it finishes, then write every output from the journal in input order, each file
 * atomically. Holds in memory only a small status record per input and the few cells the cross-year checks
 * read; reports themselves live on disk between extraction and output.
 */
public final class Batch {

    /** Where the outputs go; null fields are outputs not asked for. {@code longCsv} "-" means stdout. */
    public record Outputs(Path longCsv, Path findings, Path status, Path panel, Path sections, Path wideDir, Path jsonDir, Path reviewDir,
                   boolean bom) {
    }

    /**
     * The review page's low-confidence mark: a cell OCR read below the confidence the {@code OCR} check accepts,
     * or read differently at two scales.
     */
    static final java.util.function.Predicate<io.github.xxgk.ReportCell> LOW_CONFIDENCE = io.github.xxgk.validate.OcrCheck::isDoubtful;

    public record Options(int threads, long timeoutMillis, boolean force, Progress.Mode progress, double progressInterval, OcrMode ocr) {
    }

    /** Whether a result was extracted now, taken from an earlier run's journal, or shared with an identical input. */
    enum Reuse { NONE, EARLIER_RUN, SAME_CONTENT }

    /** What one input gave, small enough to keep for every input of a batch. */
    record Result(String source, String sha256, long bytes, String kind, BatchStatus status, String message,
                  long milliseconds, int pages, String agency, Integer year, String format, int cells, int failedFindings,
                  CrossYearCheck.Summary summary, Reuse reuse, int ocrPages) {

        boolean ok() {
            return status == BatchStatus.OK;
        }
    }

    /** What the run did, for the exit code and for tests. */
    public record Summary(int files, int ok, int failed, int resumed, int duplicates) {
    }

    private final List<Path> files;
    private final Outputs out;
    private final Options opt;
    private final java.io.PrintStream err;
    private final java.io.PrintStream stdout;
    private final ReportSource reader;

    /** @param reader reads each input; {@link Sources#read} picks the reader by content */
    public Batch(List<Path> files, Outputs out, Options opt, java.io.PrintStream err, java.io.PrintStream stdout, ReportSource reader) {
        this.files = files;
        this.out = out;
        this.opt = opt;
        this.err = err;
        this.stdout = stdout;
        this.reader = reader;
    }

    public Summary run() throws Exception {
        boolean toStdout = out.longCsv().toString().equals("-");
        Path journalDir = toStdout ? Files.createTempDirectory("xxgk-journal") : Journal.dirFor(out.longCsv());
        try {
            Journal journal = new Journal(journalDir);
            if (opt.force()) {
                journal.clear();
            }
            Result[] results = new Result[files.size()];
            try (Sinks sinks = new Sinks(toStdout)) {
                try (InOrderWriter writer = new InOrderWriter(files.size(), (i, report) -> sinks.writeInOrder(i, report),
                        i -> readBack(journal, results[i]))) {
                    extractAll(journal, results, writer);
                    writer.finish();
                }
                writeAfterAll(journal, results, sinks);
                sinks.commit();
            }
            int failed = 0;
            int resumed = 0;
            int duplicates = 0;
            for (Result r : results) {
                failed += r.ok() ? 0 : 1;
                resumed += r.reuse() == Reuse.EARLIER_RUN ? 1 : 0;
                duplicates += r.reuse() == Reuse.SAME_CONTENT ? 1 : 0;
            }
            return new Summary(results.length, results.length - failed, failed, resumed, duplicates);
        } finally {
            if (toStdout) {
                deleteTree(journalDir);
            }
        }
    }

    // ---- extraction ----------------------------------------------------------------------------------

    /** The state of one input while it is in flight, so that a timeout can still name its hash and size. */
    private static final class InFlight {
        volatile String sha256;
        volatile long bytes = -1;
        volatile String kind;
        final long start = System.nanoTime();
    }

    /** Hashes whose journal entry this run wrote: an input with one of them is a copy of another input. */
    private final java.util.Set<String> writtenNow = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Extracts every input into {@code results}, handing each to {@code writer} as it settles. */
    private void extractAll(Journal journal, Result[] results, InOrderWriter writer) throws Exception {
        InFlight[] flight = new InFlight[files.size()];
        try (Progress progress = new Progress(err, opt.progress(), files.size(), opt.progressInterval())) {
            WorkerPool<Extracted> pool = new WorkerPool<>(opt.threads(), opt.timeoutMillis());
            pool.run(files.size(),
                    i -> {
                        flight[i] = new InFlight();
                        return extractOne(i, journal, flight[i]);
                    },
                    (i, t) -> failure(i, flight[i], BatchStatus.ERROR, "error", FileExtraction.errorMessage(t)),
                    i -> failure(i, flight[i], BatchStatus.TIMEOUT, "timeout", FileExtraction.timeoutMessage(opt.timeoutMillis())),
                    (i, x) -> {
                        if (x.reuse() == Reuse.NONE && x.sha256() != null
                                && (x.report() != null || Journal.journaled(x.status(), x.reason()))) {
                            journal.write(new Journal.Entry(x.sha256(), x.bytes(), x.kind(), x.status(), x.message(),
                                    x.milliseconds(), x.report()), files.get(i).toString());
                            writtenNow.add(x.sha256());
                        }
                        results[i] = x.toResult(i, files.get(i).toString());
                        writer.settled(i, results[i].ok(), x.report());
                        progress.fileDone(x.status() == BatchStatus.OK, x.reuse() != Reuse.NONE);
                        reportInOrder(i, results, progress);
                    });
        }
    }

    /** The first input whose failure line (if any) is not printed yet: lines come out in input order. */
    private int cursor;

    /**
     * Prints the {@code path: reason} line of every failed input up to the first one still in flight, so that
     * stderr lists failures in input order whatever the number of threads.
     */
    private synchronized void reportInOrder(int settled, Result[] results, Progress progress) {
        while (cursor < results.length && results[cursor] != null) {
            Result r = results[cursor++];
            if (!r.ok()) {
                progress.println(r.source() + ": " + r.message());
            }
        }
    }

    /** A result with the report while it travels from the worker to the journal. */
    private record Extracted(String sha256, long bytes, String kind, BatchStatus status, String reason, String message,
                             long milliseconds, Report report, Reuse reuse) {

        static Extracted of(FileExtraction.Outcome o, Reuse reuse) {
            return new Extracted(o.sha256(), o.bytes(), o.kind(), o.status(), o.reason(), o.message(), o.milliseconds(),
                    o.report(), reuse);
        }

        Result toResult(int order, String source) {
            if (report == null) {
                return new Result(source, sha256, bytes, kind, status, message, milliseconds, 0, null, null, null, 0, 0,
                        null, reuse, 0);
            }
            return new Result(source, sha256, bytes, kind, status, message, milliseconds, report.pages(), report.agency(),
                    report.year(), report.format().code(), report.cells().size(), report.failures().size(),
                    CrossYearCheck.Summary.of(order, report), reuse, report.ocrPages());
        }
    }

    private Extracted extractOne(int i, Journal journal, InFlight f) throws IOException {
        Path path = files.get(i);
        String name = path.toString();
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            return failure(i, f, BatchStatus.ERROR, "io", "cannot read: " + e);
        }
        f.bytes = size;
        if (size > Xxgk.MAX_BYTES) {
            return Extracted.of(FileExtraction.tooLarge(size, f.start), Reuse.NONE);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            return failure(i, f, BatchStatus.ERROR, "io", "cannot read: " + e);
        }
        f.bytes = content.length;
        f.sha256 = FileExtraction.sha256(content);
        f.kind = FileExtraction.kind(content);
        Journal.Entry done = journal.read(f.sha256, name);
        if (done != null) {
            return new Extracted(done.sha256(), done.bytes(), done.kind(), done.status(), null, done.message(),
                    done.milliseconds(), done.report(), writtenNow.contains(f.sha256) ? Reuse.SAME_CONTENT : Reuse.EARLIER_RUN);
        }
        return Extracted.of(FileExtraction.extract(content, name, f.sha256, f.kind, f.start, opt.timeoutMillis(), reader, opt.ocr()), Reuse.NONE);
    }

    private Extracted failure(int i, InFlight f, BatchStatus status, String reason, String message) {
        InFlight g = f == null ? new InFlight() : f;
        return Extracted.of(FileExtraction.failure(g.sha256, g.bytes, g.kind, status, reason, message, g.start), Reuse.NONE);
    }

    // ---- output ----------------------------------------------------------------------------------------

    /** The report of a settled input that gave one, read back from the journal. */
    private static Report readBack(Journal journal, Result r) throws IOException {
        Journal.Entry e = journal.read(r.sha256(), r.source());
        if (e == null || e.report() == null) {
            throw new IOException("the journal lost the entry of " + r.source() + " (" + journal + ")");
        }
        return e.report();
    }

    /**
     * Every output being written. The long CSV, panel, sections, wide and JSON files are written report by
     * report in input order while the batch extracts ({@link #writeInOrder}); the findings, the status and the
     * review page need the cross-year checks of the whole batch and are written after it
     * ({@link #writeAfterAll}). Nothing is committed until all of it is written.
     */
    private final class Sinks implements AutoCloseable {
        final Sink longSink;
        final Sink findSink;
        final Sink statusSink;
        final Sink panelSink;
        final Sink sectionSink;
        final ReviewPage review;

        Sinks(boolean toStdout) throws IOException {
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
                    JsonReport.write(a.stream(), report);
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
    }

    /** The findings (with the cross-year checks), the status rows and the review page: they need the whole batch. */
    private void writeAfterAll(Journal journal, Result[] results, Sinks sinks) throws IOException {
        if (sinks.findSink == null && sinks.statusSink == null && sinks.review == null) {
            return;
        }
        List<CrossYearCheck.Summary> summaries = new ArrayList<>();
        for (Result r : results) {
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
        boolean needReports = sinks.findSink != null || sinks.review != null;
        for (int i = 0; i < results.length; i++) {
            Result r = results[i];
            List<CrossYearCheck.Result> cross = crossYear.getOrDefault(i, List.of());
            int failedFindings = r.failedFindings();
            if (r.ok()) {
                Report report = needReports ? readBack(journal, r) : null;
                if (sinks.findSink != null) {
                    FindingsCsv.write(sinks.findSink.csv, report);
                    for (CrossYearCheck.Result x : cross) {
                        sinks.findSink.csv.printRecord(FindingsCsv.row(x));
                    }
                }
                failedFindings += (int) cross.stream().filter(x -> x.finding().failed()).count();
                if (sinks.review != null) {
                    sinks.review.addReport(r.source(), report, cross);
                }
            } else if (sinks.review != null) {
                sinks.review.addFailure(r.source(), r.status(), r.message());
            }
            if (sinks.statusSink != null) {
                StatusCsv.write(sinks.statusSink.csv, new StatusCsv.Row(r.source(), r.sha256(), r.bytes(), r.pages(), r.kind(),
                        r.agency(), r.year(), r.format(), r.cells(), failedFindings, r.status(), r.message(), r.milliseconds(),
                        r.ocrPages()));
            }
        }
    }

    /**
     * The X-SOURCE findings between copies of one report (one {@code reportKey}); only the reports that have a
     * copy are read back from the journal, one group at a time.
     */
    private static List<CrossYearCheck.Result> copies(Journal journal, Result[] results) throws IOException {
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
                    copies.add(new CopyCheck.Copy(i, readBack(journal, results[i])));
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

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
