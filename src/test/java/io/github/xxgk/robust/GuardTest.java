package io.github.xxgk.robust;

import io.github.xxgk.Xxgk;
import io.github.xxgk.XxgkException;
import io.github.xxgk.XxgkException.Reason;
import io.github.xxgk.guard.Checkpoint;
import io.github.xxgk.guard.HtmlDepth;
import io.github.xxgk.guard.Limits;
import io.github.xxgk.guard.MemoryBudget;
import io.github.xxgk.source.DocxSource;
import io.github.xxgk.source.HtmlSource;
import io.github.xxgk.source.InputKind;
import io.github.xxgk.source.ReportSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void interruptedCallerGetsTimeoutAndKeepsItsInterrupt(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("2000.pdf");
        Files.write(big, Broken.manyPages(2_000));
        Limits slow = Limits.DEFAULT.withMaxPdfPages(10_000).withTimeout(Duration.ofSeconds(60));
        AtomicReference<XxgkException> caught = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                Xxgk.extract(big, slow);
            } catch (XxgkException e) {
                caught.set(e);
            }
            flag.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        Thread.sleep(300);
        caller.interrupt();
        caller.join(10_000);
        assertEquals(Reason.TIMEOUT, caught.get().reason(), () -> caught.get().describe());
        assertTrue(caught.get().getMessage().contains("interrupted"), caught.get().getMessage());
        assertTrue(flag.get(), "the interrupt is kept for the caller");
    }

    @Test
    void timeoutReturnsOnTimeWithTheFileNamed(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("2000.pdf");
        Files.write(big, Broken.manyPages(2_000));
        long t0 = System.nanoTime();
        XxgkException e = assertThrows(XxgkException.class,
                () -> Xxgk.extract(big, Limits.DEFAULT.withMaxPdfPages(10_000).withTimeout(Duration.ofMillis(500))));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Reason.TIMEOUT, e.reason(), e.describe());
        assertEquals(big.toString(), e.source());
        assertTrue(ms < 3_000, ms + " ms");
    }

    @Test
    void htmlAndDocxReadersStopAtAPassedDeadline() throws Exception {
        for (String file : new String[] {"source.html", "source.docx"}) {
            byte[] content = Files.readAllBytes(Path.of("fixtures/corpus/004", file));
            ReportSource reader = file.endsWith(".html") ? new HtmlSource() : new DocxSource();
            assertTrue(reader.read(content, file).rows().size() > 50, file);
            Checkpoint.deadline(System.nanoTime() - 1);
            try {
                XxgkException e = assertThrows(XxgkException.class, () -> reader.read(content, file));
                assertEquals(Reason.TIMEOUT, e.reason(), e.describe());
                assertEquals(file, e.source());
            } finally {
                Checkpoint.deadline(null);
            }
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
