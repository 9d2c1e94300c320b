package io.github.xxgk.internal;

import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.NarrativePart;
import io.github.xxgk.report.ReportSection;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.internal.detect.Identities;
import io.github.xxgk.internal.detect.NarrativeSections;
import io.github.xxgk.internal.detect.ReportIdentity;
import io.github.xxgk.internal.detect.TitleParser;
import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.report.Limits;
import io.github.xxgk.internal.guard.MemoryBudget;
import io.github.xxgk.internal.grid.GridMapper;
import io.github.xxgk.internal.grid.MappedTables;
import io.github.xxgk.report.AgencyKind;
import io.github.xxgk.report.Identity;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.Format;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Flow;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.internal.source.Sources;
import io.github.xxgk.report.Finding;
import io.github.xxgk.internal.validate.HeuristicChecks;
import io.github.xxgk.internal.validate.IdentityCheck;
import io.github.xxgk.internal.validate.NarrativeCheck;
import io.github.xxgk.internal.validate.OcrCheck;
import io.github.xxgk.internal.validate.RegionCheck;
import io.github.xxgk.internal.validate.Validator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The pipeline behind {@link io.github.xxgk.Xxgk} and the batch: read a report under its limits (on a worker when
 * it has a time limit, within the shared memory budget), find its standard tables, map them onto the canonical
 * keys and check them. Every failure leaves as one {@link XxgkException}.
 */
public final class Pipeline {

    /** Markers of the pre-2019 free-form reports and statistics tables (docs/format.md "Pre-2019 reports"). */
    private static final Pattern PRE_2019 = Pattern.compile("指标名称|统计指标|计量单位|历年累计|同意公开答复|否决公开答复|免予公开范围|回应解读情况");

    /** Inputs larger than this are refused before reading: no report is that big. */
    public static final long MAX_BYTES = Limits.DEFAULT.maxBytes();

    /** The default pool for calls with a time limit: daemon threads, so a runaway read never keeps the JVM alive. */
    private static final ExecutorService DEFAULT_WORKERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "xxgk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    /** Where calls with a time limit run; process-wide, see {@link #setExecutor}. */
    private static volatile ExecutorService workers = DEFAULT_WORKERS;

    private Pipeline() {
    }

    // ---- process-wide state: two settings shared by every call in the JVM ---------------------------------

    /**
     * Sets the executor that runs calls made with a time limit ({@link #extract(Path, Duration)}, or
     * {@link Limits} with a timeout). Calls without a time limit run on the caller's thread and never use it.
     *
     * <p>The default is a cached pool of daemon threads named {@code xxgk-worker-N}, created on first use and
     * never shut down (its idle threads end after a minute). An application that manages its threads passes its
     * own; it must run each call at once (a cached pool, or a fixed pool with at least as many threads as calls
     * made at the same time): a call's time runs from the moment it is submitted, queued or not. On a timeout the
     * task is interrupted and the caller gets {@code timeout} at once; the task stops at its reader's next check.
     * The library never shuts an executor down.
     *
     * @param executor the executor, or null for the default pool
     */
    public static void setExecutor(ExecutorService executor) {
        workers = executor == null ? DEFAULT_WORKERS : executor;
    }

    /**
     * Sets the heap budget that extractions running at the same time share (process-wide). Each call reserves an
     * estimate of what its input needs (a multiple of its size, by kind) before reading and returns it when
     * done; a call whose estimate does not fit waits until others are done (within its time limit), and one
     * larger than the whole budget runs alone. The default is 60% of the JVM's maximum heap. Calls already
     * running keep the budget they started with.
     *
     * @param bytes the budget in bytes (at least 8 MiB is used)
     */
    public static void setMemoryBudget(long bytes) {
        MemoryBudget.replaceShared(bytes);
    }

    /** The process-wide heap budget in bytes (see {@link #setMemoryBudget}). */
    public static long memoryBudget() {
        return MemoryBudget.shared().capacity();
    }

    /** Reads and checks one report on the calling thread, under {@link Limits#DEFAULT} without a time limit. */
    public static Report extract(Path path) throws XxgkException {
        return extract(path, Limits.DEFAULT.withTimeout(null));
    }

    /**
     * Reads and checks one report with a time limit: the work runs on a worker thread, and when the limit is
     * reached this throws {@code timeout} and the caller goes on. The worker is interrupted and stops at its
     * next checkpoint (each PDF page, for instance).
     */
    public static Report extract(Path path, Duration timeout) throws XxgkException {
        return extract(path, Limits.DEFAULT.withTimeout(timeout));
    }

    /** Reads and checks one report under these limits; with a timeout, on a worker thread (see above). */
    public static Report extract(Path path, Limits limits) throws XxgkException {
        String name = path.toString();
        return guarded(name, limits, () -> extractInline(read(path, name, limits), name, limits, Sources::read));
    }

    public static Report extract(InputStream in, String name) throws XxgkException {
        Limits limits = Limits.DEFAULT.withTimeout(null);
        byte[] content;
        try {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            throw new XxgkException(Reason.IO, name, null, "cannot read: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new XxgkException(Reason.TOO_LARGE, name, null, "the input needs more memory than is available", null);
        }
        if (content.length > limits.maxBytes()) {
            throw new XxgkException(Reason.TOO_LARGE, name, "more than the limit of " + limits.maxBytes() + " bytes");
        }
        return extract(content, name);
    }

    /** Reads and checks one report held in memory, on the calling thread, under {@link Limits#DEFAULT}. */
    public static Report extract(byte[] content, String name) throws XxgkException {
        return extract(content, name, Limits.DEFAULT.withTimeout(null));
    }

    /** Reads and checks one report held in memory under these limits; with a timeout, on a worker thread. */
    public static Report extract(byte[] content, String name, Limits limits) throws XxgkException {
        return extract(content, name, limits, Sources::read);
    }

    /**
     * Reads one report held in memory with this reader instead of the one its content picks (a kind of input
     * xxgk does not know, or a stand-in whose speed a test controls), then maps and checks it like any other,
     * under the same limits, time limit and error handling. Internal for now: {@link ReportSource} and the
     * document it returns are internal types that may change, so this stays out of the documented API.
     *
     * @hidden
     */
    public static Report extract(byte[] content, String name, Limits limits, ReportSource reader) throws XxgkException {
        return guarded(name, limits, () -> extractInline(content, name, limits, reader));
    }

    private static byte[] read(Path path, String name, Limits limits) throws XxgkException {
        try {
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                throw new XxgkException(Reason.TOO_LARGE, name, size + " bytes, more than the limit of " + limits.maxBytes());
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new XxgkException(Reason.IO, name, null, "no such file", e);
        } catch (IOException e) {
            throw new XxgkException(Reason.IO, name, null, "cannot read: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new XxgkException(Reason.TOO_LARGE, name, null, "the input needs more memory than is available", null);
        }
    }

    private interface Extraction {
        Report run() throws XxgkException;
    }

    /** Runs an extraction inline, or on a worker when the limits set a timeout. */
    private static Report guarded(String name, Limits limits, Extraction body) throws XxgkException {
        if (limits.timeout() == null) {
            return body.run();
        }
        long timeoutNanos = limits.timeout().toNanos();
        long deadline = System.nanoTime() + timeoutNanos;
        Future<Report> future;
        try {
            future = workers.submit(() -> {
                Checkpoint.deadline(deadline);
                try {
                    return body.run();
                } finally {
                    Checkpoint.deadline(null);
                }
            });
        } catch (RejectedExecutionException | OutOfMemoryError e) {
            throw new XxgkException(Reason.INTERNAL, name, null, "cannot start a worker: " + e, null);
        }
        try {
            return future.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new XxgkException(Reason.TIMEOUT, name, null,
                    "no result within the time limit of " + seconds(limits.timeout()), null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new XxgkException(Reason.TIMEOUT, name, null, "cancelled: the calling thread was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof XxgkException x) {
                throw x;
            }
            throw new XxgkException(Reason.INTERNAL, name, null, "unexpected error: " + cause, cause);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /**
     * Every path of an extraction ends here: whatever a dependency throws, the caller sees an
     * {@link XxgkException}. The call reserves its share of the {@linkplain MemoryBudget heap budget} first.
     */
    private static Report extractInline(byte[] content, String name, Limits limits, ReportSource reader) throws XxgkException {
        InputKind kind = Sources.sniff(content);
        MemoryBudget budget = MemoryBudget.shared(); // the one released to, even if the app replaces it meanwhile
        long reserved;
        try {
            reserved = budget.acquire(MemoryBudget.estimate(kind, content.length), Checkpoint.deadlineOrMax());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XxgkException(Reason.TIMEOUT, name, null, "cancelled while waiting for memory", e);
        }
        if (reserved < 0) {
            throw new XxgkException(Reason.TIMEOUT, name, null, "time limit reached while waiting for memory held by other inputs", null);
        }
        try {
            return limits.callWith(() -> {
                SourceDocument doc = reader.read(content, name);
                // a reader that ran past the deadline ends here rather than going on to map its tables
                Checkpoint.check(name, null);
                return fromDocument(doc);
            });
        } catch (XxgkException e) {
            String mismatch = Sources.mismatch(name, kind);
            if (mismatch != null && !e.getMessage().startsWith("named .")) {
                throw new XxgkException(e.reason(), e.source(), e.page(), mismatch + e.getMessage(), e.getCause());
            }
            throw e;
        } catch (OutOfMemoryError e) {
            // the error is the cause, so that a batch can tell memory ran out and read fewer files at once
            throw new XxgkException(Reason.TOO_LARGE, name, null, "the input needs more memory than is available", e);
        } catch (StackOverflowError e) {
            throw new XxgkException(Reason.CORRUPT, name, null, "the input is nested too deeply to read", e);
        } catch (Exception | LinkageError | AssertionError e) {
            throw new XxgkException(Reason.INTERNAL, name, null, "unexpected error: " + e, e);
        } finally {
            budget.release(reserved);
        }
    }

    /**
     * The stages after reading, for a document that a reader already produced. Internal (tests of other
     * packages call it): not part of the API.
     *
     * @hidden
     */
    public static Report fromDocument(SourceDocument doc) throws XxgkException {
        String name = doc.name();
        MappedTables mapped = GridMapper.map(doc);
        if (mapped.cells().isEmpty()) {
            if (doc.rows().stream().anyMatch(r -> PRE_2019.matcher(r.text()).find())) {
                throw new XxgkException(Reason.UNSUPPORTED_FORMAT, name,
                        "unsupported format: no standard 2019/2021 table, looks like a pre-2019 report");
            }
            if (TitleParser.parse(mapped.titleLines(), doc.hints().title(), null).year() != null) {
                throw new XxgkException(Reason.NO_TABLES, name, "no standard tables (二、三、四) found in the report");
            }
            if (doc.pages() > 0 && ocrPages(doc) == doc.pages()) {
                // every page was a picture: what OCR made of it says nothing about what the pages hold
                // every page without ruling lines: read as unruled tables from the engine's words, which gave none
                String why = doc.hints().ocrPagesWithoutRulings() == doc.pages()
                        ? " no page has a ruled table, and no table printed without rules was found in its words"
                        : " a scan too coarse or too faint to read?";
                throw new XxgkException(Reason.NEEDS_OCR, name, "no text layer, needs OCR (OCR read its " + doc.pages()
                        + (doc.pages() == 1 ? " page" : " pages") + " but found no report title and no standard tables:"
                        + why + ")");
            }
            throw new XxgkException(Reason.NOT_A_REPORT, name,
                    "not a 政府信息公开工作年度报告: no report title and no standard tables found");
        }
        if (mapped.format() == null && doc.pages() > 0 && ocrPages(doc) == doc.pages()) {
            // a scan's tables without the labels that tell the formats apart: what OCR could not read, not another format
            throw new XxgkException(Reason.NEEDS_OCR, name, "no text layer, needs OCR (OCR read its " + doc.pages()
                    + (doc.pages() == 1 ? " page" : " pages") + " and found tables, but no label that tells the 2019 format"
                    + " from the 2021 one: a scan too coarse or too faint to read?)");
        }
        if (mapped.format() == null) {
            throw new XxgkException(Reason.UNSUPPORTED_FORMAT, name,
                    "unsupported format: tables found but neither the 2019 nor the 2021 labels identify them");
        }
        NarrativeSections.Result narrative = NarrativeSections.of(doc.rows());
        ReportIdentity identity = identity(doc, mapped, narrative.sections());
        TitleParser.Title title = identity.asTitle();
        List<ReportCell> cells = ordered(mapped.cells(), mapped.format(), mapped.otherSplit());
        List<Finding> findings = new ArrayList<>(Validator.validate(cells, mapped.format(), mapped.otherSplit()));
        findings.addAll(NarrativeCheck.check(mapped.narrative(), cells));
        Identity region = Identity.of(title.agency(), title.year());
        findings.addAll(RegionCheck.check(region, titleByOcr(doc)));
        // a zone's code is its host's, but its power to make 规章 is not: its level is read from its name
        findings.addAll(HeuristicChecks.check(title.agency(), region.kind() == AgencyKind.ZONE ? null : region.level(),
                mapped.format(), cells));
        findings.addAll(OcrCheck.check(cells, List.copyOf(findings), ocrPages(doc) > 0));
        findings.addAll(IdentityCheck.check(identity));
        List<String> warnings = new ArrayList<>(mapped.unmatched());
        warnings.addAll(narrative.warnings());
        return new Report(name, doc.kind(), doc.pages(), title.agency(), title.year(), mapped.format(),
                mapped.otherSplit(), cells, findings, warnings, narrative.sections(), ocrPages(doc));
    }

    /**
     * Whether the title may have been read by OCR: a PDF or picture with pages read so (a web page's or Word
     * file's pictures are tables; its title is text).
     */
    private static boolean titleByOcr(SourceDocument doc) {
        return (doc.kind() == InputKind.PDF || doc.kind() == InputKind.IMAGE) && ocrPages(doc) > 0;
    }

    /**
     * Who published the report and for which year: the title before the tables (with the OCR confidence of its
     * lines), the other titles the reader found (a web page's 标题 or {@code <title>}, a Word page header, a PDF's
     * document title), the web page's 发布机构, the statistics period of the preamble (also as the OCR engine read a
     * scan's lines) and the date signed.
     */
    private static ReportIdentity identity(SourceDocument doc, MappedTables mapped, List<ReportSection> sections) {
        List<TitleParser.Line> lines = new ArrayList<>();
        for (Row row : mapped.titleRows()) {
            Float confidence = null;
            for (Cell c : row.cells()) {
                if (c.ocr() != null && (confidence == null || c.ocr().confidence() < confidence)) {
                    confidence = c.ocr().confidence();
                }
            }
            lines.add(new TitleParser.Line(row.text(), confidence, row.flow() == Flow.FURNITURE));
        }
        Map<String, String> hintTitles = new LinkedHashMap<>();
        if (doc.hints().title() != null) {
            hintTitles.put("page title or header", doc.hints().title());
        }
        if (doc.hints().documentTitle() != null) {
            hintTitles.put("document title", doc.hints().documentTitle());
        }
        String signature = sections.stream().filter(s -> s.part() == NarrativePart.SIGNATURE).map(ReportSection::text)
                .findFirst().orElse(null);
        return Identities.of(lines, hintTitles, doc.hints().agency(), mapped.narrative(), signature, doc.hints().ocrLines());
    }

    /** How many pages the reader read by OCR. */
    private static int ocrPages(SourceDocument doc) {
        return doc.hints().ocrPages();
    }

    /** Cells in schema order; cells outside the format's schema (a 2019 row in a 2021 table) go last. */
    private static List<ReportCell> ordered(List<ReportCell> cells, Format format, boolean otherSplit) {
        Map<CellKey, Integer> rank = new HashMap<>();
        List<CellKey> expected = Schema.expectedCells(format, otherSplit);
        for (int i = 0; i < expected.size(); i++) {
            rank.put(expected.get(i), i);
        }
        List<ReportCell> out = new ArrayList<>(cells);
        out.sort(Comparator.comparingInt(c -> rank.getOrDefault(c.key(), Integer.MAX_VALUE)));
        return out;
    }
}
