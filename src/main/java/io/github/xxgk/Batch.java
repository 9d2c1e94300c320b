package io.github.xxgk;


import io.github.xxgk.internal.batch.BatchReader;
import io.github.xxgk.internal.batch.Crashes;
import io.github.xxgk.internal.batch.InputFiles;
import io.github.xxgk.internal.batch.InFlightMarks;
import io.github.xxgk.internal.batch.Journal;
import io.github.xxgk.internal.batch.InOrderWriter;
import io.github.xxgk.internal.batch.FileExtraction;
import io.github.xxgk.internal.batch.WorkerPool;
import io.github.xxgk.internal.work.TaskExchange;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.internal.output.BatchStatus;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.Sources;
import io.github.xxgk.internal.validate.CrossYearCheck;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A resumable batch over many inputs, as {@code xxgk extract} runs it: extract in parallel, checkpoint each file
 * in the journal ({@code .OUT.csv.journal/} beside the long CSV) as it finishes, then write every output from the
 * journal in input order, each file atomically. Run again into the same long CSV, it extracts only the inputs
 * the journal does not hold (after a crash, a kill, or with inputs added); {@link Options#force()} starts over.
 * Holds in memory only a small status record per input and the few cells the cross-year checks read; reports
 * themselves live on disk between extraction and output.
 *
 * <pre>{@code
 * Batch.Summary s = Batch.of(List.of(Path.of("reports")),
 *         Batch.Outputs.of(Path.of("cells.csv")).withFindings(Path.of("findings.csv")),
 *         Batch.Options.defaults().withThreads(2)).run();
 * }</pre>
 *
 * <p>The outputs and their columns are those of the command-line tool ({@code docs/}). Writing them needs
 * Jackson (jackson-databind) and Commons CSV on the class path, which the library declares optional.
 */
public final class Batch {

    /**
     * Where the outputs go; a null path is an output not asked for. {@code longCsv} (required) is the long CSV,
     * one row per cell, "-" for standard output; {@code findings} every check of every report with the
     * cross-year checks; {@code status} one row per input; {@code panel} one row per report; {@code sections}
     * the narrative; {@code wideDir} table 3 of each report as a grid; {@code jsonDir} one JSON file per
     * report; {@code reviewDir} the review page. {@code bom}: CSV files start with a UTF-8 byte order mark.
     */
    public record Outputs(Path longCsv, Path findings, Path status, Path panel, Path sections, Path wideDir, Path jsonDir, Path reviewDir,
                   boolean bom) {

        /** The long CSV alone. */
        public static Outputs of(Path longCsv) {
            return new Outputs(longCsv, null, null, null, null, null, null, null, false);
        }

        /** Also the findings CSV: every check of every report, with the cross-year checks. */
        public Outputs withFindings(Path p) {
            return new Outputs(longCsv, p, status, panel, sections, wideDir, jsonDir, reviewDir, bom);
        }

        /** Also the status CSV: one row per input. */
        public Outputs withStatus(Path p) {
            return new Outputs(longCsv, findings, p, panel, sections, wideDir, jsonDir, reviewDir, bom);
        }

        /** Also the panel CSV: one row per report, one column per cell. */
        public Outputs withPanel(Path p) {
            return new Outputs(longCsv, findings, status, p, sections, wideDir, jsonDir, reviewDir, bom);
        }

        /** Also the sections CSV: each report's narrative, one row per section. */
        public Outputs withSections(Path p) {
            return new Outputs(longCsv, findings, status, panel, p, wideDir, jsonDir, reviewDir, bom);
        }

        /** Also table 三 of each report as a grid with the Chinese labels, {@code DIR/NAME.t3.csv}. */
        public Outputs withWide(Path dir) {
            return new Outputs(longCsv, findings, status, panel, sections, dir, jsonDir, reviewDir, bom);
        }

        /** Also one JSON file per report, {@code DIR/NAME.json}. */
        public Outputs withJson(Path dir) {
            return new Outputs(longCsv, findings, status, panel, sections, wideDir, dir, reviewDir, bom);
        }

        /** Also the review page, {@code DIR/index.html}. */
        public Outputs withReview(Path dir) {
            return new Outputs(longCsv, findings, status, panel, sections, wideDir, jsonDir, dir, bom);
        }
    }

    /**
     * How the batch runs. {@code threads}: files extracted at once; {@code timeoutMillis}: a file taking longer
     * is given up with status timeout (0: no limit); {@code force}: ignore what earlier runs journaled;
     * {@code progress}: how progress is shown on the error stream; {@code progressInterval}: seconds between
     * progress lines; {@code ocr}: when pages and pictures are read by OCR.
     */
    public record Options(int threads, long timeoutMillis, boolean force, Progress.Mode progress, double progressInterval, OcrMode ocr) {

        /** The command line's defaults: a thread per core, 60 s a file, resume, no progress shown, OCR where needed. */
        public static Options defaults() {
            return new Options(WorkerPool.defaultThreads(), 60_000, false, Progress.Mode.NONE, 10, OcrMode.AUTO);
        }

        /** Extracting this many files at once. */
        public Options withThreads(int n) {
            return new Options(n, timeoutMillis, force, progress, progressInterval, ocr);
        }

        /** Giving up on a file after this many milliseconds (0: no limit). */
        public Options withTimeoutMillis(long millis) {
            return new Options(threads, millis, force, progress, progressInterval, ocr);
        }

        /** Ignoring (true) or resuming from (false) what earlier runs journaled. */
        public Options withForce(boolean f) {
            return new Options(threads, timeoutMillis, f, progress, progressInterval, ocr);
        }

        /** Reading pages and pictures by OCR in this mode. */
        public Options withOcr(OcrMode mode) {
            return new Options(threads, timeoutMillis, force, progress, progressInterval, mode);
        }
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

    /**
     * What the run did: {@code files} inputs, of which {@code ok} gave a report and {@code failed} did not (the
     * status CSV says why); {@code resumed} were taken from an earlier run's journal and {@code duplicates} were
     * copies of another input of this run.
     */
    public record Summary(int files, int ok, int failed, int resumed, int duplicates) {
    }

    private final List<Path> files;
    private final Outputs out;
    private final Options opt;
    private final PrintStream err;
    private final PrintStream stdout;
    /** Reads each input; {@link Sources#read} picks the reader by content, a test puts its own through {@link BatchReader}. */
    private ReportSource reader = Sources::read;

    static {
        BatchReader.register((batch, r) -> ((Batch) batch).reader = java.util.Objects.requireNonNull(r, "reader"));
    }

    /**
     * A batch over {@code inputs} (files, and folders searched recursively; a file named twice is one input).
     * Nothing is printed: each input's outcome is in {@link Summary} and, when asked for, the status CSV.
     */
    public static Batch of(List<Path> inputs, Outputs outputs, Options options) throws IOException {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        return new Batch(InputFiles.distinct(InputFiles.expand(inputs)), outputs, options, none, System.out);
    }

    /**
     * The command line's batch: {@code files} already expanded (each path once), progress and one line per failed
     * input on {@code err}, the long CSV on {@code stdout} when its path is "-".
     */
    public Batch(List<Path> files, Outputs out, Options opt, PrintStream err, PrintStream stdout) {
        this.files = files;
        this.out = out;
        this.opt = opt;
        this.err = err;
        this.stdout = stdout;
    }

    /** Extracts what the journal does not hold yet and writes every output. */
    public Summary run() throws Exception {
        boolean toStdout = out.longCsv().toString().equals("-");
        Path journalDir = toStdout ? Files.createTempDirectory("xxgk-journal") : Journal.dirFor(out.longCsv());
        try {
            Journal journal = new Journal(journalDir);
            if (opt.force()) {
                journal.clear();
            }
            Result[] results = new Result[files.size()];
            try (BatchSinks sinks = new BatchSinks(out, files, stdout, toStdout)) {
                try (InOrderWriter writer = new InOrderWriter(files.size(), (i, report) -> sinks.writeInOrder(i, report),
                        i -> readBack(journal, results[i]));
                     InFlightMarks marks = new InFlightMarks(journalDir, opt.force())) {
                    extractAll(journal, marks, results, writer);
                    writer.finish();
                }
                sinks.writeAfterAll(journal, results);
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

    /**
     * Extracts every input into {@code results}, handing each to {@code writer} as it settles. An input that a
     * process has died reading once ({@link Crashes#readAlone}) waits until the rest are done and is then read
     * with nothing else in flight, so that if the process dies again, no other input shares the blame.
     */
    private void extractAll(Journal journal, InFlightMarks marks, Result[] results, InOrderWriter writer) throws Exception {
        InFlight[] flight = new InFlight[files.size()];
        List<Integer> alone = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (Progress progress = new Progress(err, opt.progress(), files.size(), opt.progressInterval())) {
            WorkerPool.Sink<Extracted> settle = (i, x) -> {
                if (x == LATER) {
                    alone.add(i);
                    return;
                }
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
            };
            // free workers read the pages of the scans still being read (TaskExchange), once no file is left to start
            new WorkerPool<Extracted>(opt.threads(), opt.timeoutMillis()).helpingWith(TaskExchange.shared()::help).run(files.size(),
                    i -> {
                        flight[i] = new InFlight();
                        return extractOne(i, journal, marks, flight[i], false);
                    },
                    (i, t) -> failure(i, flight[i], BatchStatus.ERROR, "error", FileExtraction.errorMessage(t)),
                    i -> failure(i, flight[i], BatchStatus.TIMEOUT, "timeout", FileExtraction.timeoutMessage(opt.timeoutMillis())),
                    settle);
            List<Integer> later = alone.stream().sorted().toList();
            new WorkerPool<Extracted>(1, opt.timeoutMillis()).run(later.size(),
                    j -> {
                        flight[later.get(j)] = new InFlight();
                        return extractOne(later.get(j), journal, marks, flight[later.get(j)], true);
                    },
                    (j, t) -> failure(later.get(j), flight[later.get(j)], BatchStatus.ERROR, "error", FileExtraction.errorMessage(t)),
                    j -> failure(later.get(j), flight[later.get(j)], BatchStatus.TIMEOUT, "timeout",
                            FileExtraction.timeoutMessage(opt.timeoutMillis())),
                    (j, x) -> settle.accept(later.get(j), x));
        }
    }

    /** What {@link #extractOne} gives for an input to be read alone, after the others. */
    private static final Extracted LATER = new Extracted(null, -1, null, null, null, null, 0, null, Reuse.NONE);

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

    /** @param alone whether nothing else is in flight: an input with a death is only read so */
    private Extracted extractOne(int i, Journal journal, InFlightMarks marks, InFlight f, boolean alone) throws IOException {
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
        int deaths = marks.deaths(f.sha256);
        if (Crashes.crashed(deaths)) {
            return Extracted.of(FileExtraction.crashed(f.sha256, content.length, f.kind), Reuse.NONE);
        }
        if (Crashes.readAlone(deaths) && !alone) {
            return LATER;
        }
        InFlightMarks.Mark mark = marks.mark(f.sha256, name);
        try {
            return Extracted.of(FileExtraction.extract(content, name, f.sha256, f.kind, f.start, opt.timeoutMillis(), reader, opt.ocr()),
                    Reuse.NONE);
        } finally {
            marks.ended(mark); // here, not when the input is settled: a read abandoned at its time limit is still in flight
        }
    }

    private Extracted failure(int i, InFlight f, BatchStatus status, String reason, String message) {
        InFlight g = f == null ? new InFlight() : f;
        return Extracted.of(FileExtraction.failure(g.sha256, g.bytes, g.kind, status, reason, message, g.start), Reuse.NONE);
    }

    // ---- output ----------------------------------------------------------------------------------------

    /** The report of a settled input that gave one, read back from the journal. */
    static Report readBack(Journal journal, Result r) throws IOException {
        Journal.Entry e = journal.read(r.sha256(), r.source());
        if (e == null || e.report() == null) {
            throw new IOException("the journal lost the entry of " + r.source() + " (" + journal + ")");
        }
        return e.report();
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
