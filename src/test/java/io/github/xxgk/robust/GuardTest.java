package io.github.xxgk.robust;

import io.github.xxgk.StuckReader;
import io.github.xxgk.Xxgk;
import io.github.xxgk.internal.Pipeline;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.internal.guard.HtmlDepth;
import io.github.xxgk.report.Limits;
import io.github.xxgk.internal.guard.MemoryBudget;
import io.github.xxgk.internal.source.word.DocxSource;
import io.github.xxgk.internal.source.html.HtmlSource;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.pdf.PdfSource;
import io.github.xxgk.internal.source.model.ReportSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guards on their own: nesting depth, the heap budget, the time limit and interrupts. */
class GuardTest {

    @Test
    void htmlDepthOfRealAndHostilePages() throws Exception {
        int real = HtmlDepth.maxDepth(Broken.fixture("004/source.html"));
        assertTrue(real >= 1 && real < 40, "a real page: " + real);
        assertEquals(2 * 5_000, HtmlDepth.maxDepth(Broken.deepHtml(5_000)));
        // implicitly closed and void elements don't nest: sloppy pages stay shallow
        byte[] sloppy = ("<html><body><table>" + "<tr><td>1<td>2<br><p>x<img src=a>".repeat(5_000) + "</table>")
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(1, HtmlDepth.maxDepth(sloppy));
        // tags inside comments and scripts are not tags
        byte[] hidden = ("<div><!-- " + "<div>".repeat(3_000) + " --><script>" + "<div>".repeat(3_000) + "</script></div>")
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(1, HtmlDepth.maxDepth(hidden));
    }

    @Test
    void memoryBudgetMakesBigInputsWaitAndCapsAtTheWhole() throws Exception {
        MemoryBudget b = new MemoryBudget(100L << 20);
        long first = b.acquire(80L << 20, Long.MAX_VALUE);
        assertEquals(80L << 20, first);
        // a second one that doesn't fit waits, and gives up at its deadline
        assertEquals(-1, b.acquire(50L << 20, System.nanoTime() + 50_000_000L));
        b.release(first);
        // bigger than the whole budget: runs alone, holding all of it
        assertEquals(100L << 20, b.acquire(1L << 40, Long.MAX_VALUE));
        assertEquals(0, b.available());
        b.release(100L << 20);
        assertTrue(MemoryBudget.estimate(InputKind.DOCX, 1 << 20) > MemoryBudget.estimate(InputKind.TEXT, 1 << 20));
    }

    @Test
    void interruptedCallerGetsTimeoutAndKeepsItsInterrupt() throws Exception {
        StuckReader stuck = new StuckReader();
        Limits minute = Limits.DEFAULT.withTimeout(Duration.ofSeconds(60));
        AtomicReference<XxgkException> caught = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                Pipeline.extract(new byte[] {'x'}, "stuck.pdf", minute, stuck);
            } catch (XxgkException e) {
                caught.set(e);
            }
            flag.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        // the read is under way (and cannot end by itself) before the caller is interrupted
        stuck.awaitStarted(1);
        caller.interrupt();
        caller.join(TimeUnit.SECONDS.toMillis(StuckReader.BROKEN_AFTER_SECONDS));
        assertFalse(caller.isAlive(), "the interrupted caller did not get control back");
        assertEquals(Reason.TIMEOUT, caught.get().reason(), () -> caught.get().describe());
        assertEquals("stuck.pdf", caught.get().source());
        assertTrue(caught.get().getMessage().contains("interrupted"), caught.get().getMessage());
        assertTrue(flag.get(), "the interrupt is kept for the caller");
        stuck.awaitAllEnded(); // the worker was cancelled too, not left reading
    }

    @Test
    void timeoutReturnsOnTimeWithTheFileNamed() throws Exception {
        StuckReader stuck = new StuckReader();
        Duration limit = Duration.ofMillis(200);
        long t0 = System.nanoTime();
        XxgkException e = assertThrows(XxgkException.class,
                () -> Pipeline.extract(new byte[] {'x'}, "reports/2000.pdf", Limits.DEFAULT.withTimeout(limit), stuck));
        long t1 = System.nanoTime();
        assertEquals(Reason.TIMEOUT, e.reason(), e.describe());
        assertEquals("reports/2000.pdf", e.source());
        assertEquals("no result within the time limit of 200 ms", e.getMessage());
        // the caller waited the limit, plus only our own overhead (a wide margin: the machine may be busy)
        long overheadMs = (t1 - t0) / 1_000_000 - limit.toMillis();
        assertTrue(overheadMs >= 0 && overheadMs < 10_000, overheadMs + " ms past the limit");
        stuck.awaitAllEnded(); // the worker was interrupted and let go (if it had started at all)
    }

    @Test
    void theWorkerReadsUnderTheCallsDeadline() throws Exception {
        // so that a reader checking its checkpoints stops by itself at the time limit
        Duration limit = Duration.ofSeconds(600);
        AtomicLong seen = new AtomicLong();
        ReportSource recorder = (content, name) -> {
            seen.set(Checkpoint.deadlineOrMax());
            throw new XxgkException(Reason.NOT_A_REPORT, name, "only here to see the deadline");
        };
        long t0 = System.nanoTime();
        XxgkException e = assertThrows(XxgkException.class, () -> Pipeline.extract(new byte[] {'x'}, "x.txt", Limits.DEFAULT.withTimeout(limit), recorder));
        long t1 = System.nanoTime();
        assertEquals(Reason.NOT_A_REPORT, e.reason(), e.describe());
        assertTrue(seen.get() - (t0 + limit.toNanos()) >= 0 && (t1 + limit.toNanos()) - seen.get() >= 0,
                "the deadline is " + (seen.get() - t0) / 1_000_000 + " ms after the call began");
    }

    @Test
    void readersStopAtAPassedDeadline() throws Exception {
        for (String file : new String[] {"source.html", "source.docx", "writer.pdf"}) {
            byte[] content = Files.readAllBytes(Path.of("fixtures/corpus/004", file));
            ReportSource reader = file.endsWith(".html") ? new HtmlSource() : file.endsWith(".docx") ? new DocxSource() : new PdfSource();
            assertTrue(reader.read(content, file).rows().size() > 50, file);
            Checkpoint.deadline(System.nanoTime() - 1);
            try {
                XxgkException e = assertThrows(XxgkException.class, () -> reader.read(content, file));
                assertEquals(Reason.TIMEOUT, e.reason(), e.describe());
                assertEquals(file, e.source());
                assertEquals("time limit reached while reading", e.getMessage());
            } finally {
                Checkpoint.deadline(null);
            }
        }
    }

    @Test
    void aReaderStopsWhenItsThreadIsInterrupted() throws Exception {
        byte[] content = Files.readAllBytes(Path.of("fixtures/corpus/004/writer.pdf"));
        Thread.currentThread().interrupt();
        try {
            XxgkException e = assertThrows(XxgkException.class, () -> new PdfSource().read(content, "writer.pdf"));
            assertEquals(Reason.TIMEOUT, e.reason(), e.describe());
            assertEquals("cancelled while reading", e.getMessage());
            assertEquals(1, e.page(), "stopped before the first page");
        } finally {
            assertTrue(Thread.interrupted(), "the reader keeps the interrupt");
        }
    }

    @Test
    void docxUnpackLimitComesFromLimits() throws Exception {
        Path docx = Path.of("fixtures/corpus/004/source.docx");
        assertEquals(InputKind.DOCX, Xxgk.extract(docx).kind());
        XxgkException e = assertThrows(XxgkException.class,
                () -> Xxgk.extract(docx, Limits.DEFAULT.withMaxUnpackedBytes(10_000)));
        assertEquals(Reason.TOO_LARGE, e.reason(), e.describe());
        assertTrue(e.getMessage().contains("unpacks to more than 10000 bytes"), e.getMessage());
    }

    @Test
    void missingFileIsIo() {
        XxgkException e = assertThrows(XxgkException.class, () -> Xxgk.extract(Path.of("no/such/file.pdf"), Duration.ofSeconds(5)));
        assertEquals(Reason.IO, e.reason());
    }
}
