package io.github.xxgk.robust;

import io.github.xxgk.report.Report;
import io.github.xxgk.Truth;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken, hostile and wrong inputs, built from the corpus fixtures: each ends as a report or as an
 * {@link io.github.xxgk.report.XxgkException} with a specific reason and a one-line message, in bounded time.
 */
class BrokenInputTest {

    /** What damaged bytes may end as: anything that names the problem, never an internal error or a hang. */
    static final Set<Reason> DAMAGED = EnumSet.of(Reason.EMPTY, Reason.CORRUPT, Reason.ENCRYPTED, Reason.NEEDS_OCR,
            Reason.NO_TABLES, Reason.UNSUPPORTED_FORMAT, Reason.NOT_A_REPORT, Reason.UNSUPPORTED_INPUT, Reason.TOO_LARGE);

    /** One good file of each kind, the originals of the damaged copies. */
    static final List<String> ORIGINALS = List.of("002/tabbed.txt", "004/source.html", "005/source.docx", "009/writer.pdf",
            "009/published.pdf", "012/plain.pdf");

    @TestFactory
    Stream<DynamicTest> truncatedAtManyOffsets() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String rel : ORIGINALS) {
            byte[] good = Broken.fixture(rel);
            for (int at : Broken.truncationOffsets(good.length)) {
                String name = rel.replace('/', '-') + "@" + at;
                tests.add(DynamicTest.dynamicTest(name, () -> Outcome.of(Broken.truncate(good, at), name).endsCleanly(DAMAGED)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> bitFlips() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String rel : ORIGINALS) {
            byte[] good = Broken.fixture(rel);
            for (int flips : new int[] {1, 16, 256}) {
                for (long seed = 1; seed <= 4; seed++) {
                    String name = rel.replace('/', '-') + "~" + flips + "x" + seed;
                    long s = seed;
                    tests.add(DynamicTest.dynamicTest(name, () -> Outcome.of(Broken.flipBits(good, s * 7919 + flips, flips), name)
                            .endsCleanly(DAMAGED)));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void emptyAndBlankFiles() {
        Outcome.of(new byte[0], "empty.pdf").failsWith(Reason.EMPTY);
        Outcome.of(new byte[0], "empty.txt").failsWith(Reason.EMPTY);
        Outcome.of(" \r\n\t\n".getBytes(StandardCharsets.US_ASCII), "blank.html").failsWith(Reason.EMPTY);
        Outcome.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}, "bom-only.txt").failsWith(Reason.EMPTY);
    }

    @Test
    void htmlErrorPageNamedPdfIsDecidedByContent() {
        Outcome o = Outcome.of(Broken.htmlErrorPage(), "report.pdf").failsWith(Reason.NOT_A_REPORT);
        String m = o.error().getMessage();
        assertTrue(m.contains("named .pdf but the content is an HTML page"), m);
        assertTrue(m.contains("404 Not Found") && m.contains("error page"), m);
    }

    @Test
    void zipNamedPdfIsDecidedByContent() throws Exception {
        Outcome o = Outcome.of(Broken.zipOf("report.pdf", Broken.fixture("009/writer.pdf")), "report.pdf")
                .failsWith(Reason.UNSUPPORTED_INPUT);
        assertTrue(o.error().getMessage().contains("ZIP"), o.error().getMessage());
    }

    @Test
    void randomBytesNamedDocx() {
        byte[] noise = Broken.flipBits(new byte[4096], 42, 20_000);
        Outcome o = Outcome.of(noise, "report.docx").failsWith(Reason.UNSUPPORTED_INPUT);
        assertTrue(o.error().getMessage().startsWith("named .docx but the content is"), o.error().getMessage());
    }

    @Test
    void textNamedPdfIsStillReadAsText() throws Exception {
        Truth truth = Truth.load("004");
        Report r = Outcome.of(Broken.fixture("004/tabbed.txt"), "004.pdf").readsAsReport();
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
    }

    @Test
    void pre2019ReportIsUnsupportedFormat() {
        Outcome o = Outcome.of(Broken.pre2019Report().getBytes(StandardCharsets.UTF_8), "2017.txt")
                .failsWith(Reason.UNSUPPORTED_FORMAT);
        assertTrue(o.error().getMessage().contains("pre-2019"), o.error().getMessage());
    }

    @Test
    void reportWithoutSection3KeepsTheOtherTables() throws Exception {
        String text = Files.readString("012/tabbed.txt");
        Report r = Outcome.of(Broken.withoutSection3(text).getBytes(StandardCharsets.UTF_8), "no-3.txt").readsAsReport();
        Truth truth = Truth.load("012");
        assertTrue(r.cells().stream().noneMatch(c -> c.key().table() == TableId.T3), "a t3 cell from nowhere");
        long t2t4 = truth.cells().keySet().stream().filter(k -> !k.startsWith("t3.")).count();
        assertEquals(t2t4, truth.right(r), truth.wrong(r));
        // the missing t3 is said, not hidden: its relations can't pass
        assertTrue(r.findings().stream().filter(f -> f.check().startsWith("T3")).noneMatch(f -> f.status().name().equals("PASS")),
                r.findings().toString());
    }

    @Test
    void gbkHtmlWithoutOrWithWrongMetaReadsTheSame() throws Exception {
        byte[] utf8 = Broken.fixture("009/source.html");
        Report good = Outcome.of(utf8, "009.html").readsAsReport();
        Charset gbk = Charset.forName("GBK");
        for (String meta : new String[] {null, "utf-8", "iso-8859-1"}) {
            String name = "009-gbk-meta-" + meta + ".html";
            Report r = Outcome.of(Broken.reencodeHtml(utf8, gbk, meta), name).readsAsReport();
            assertSameCells(good, r);
        }
        // and UTF-8 bytes that claim to be GBK
        Report r = Outcome.of(Broken.reencodeHtml(utf8, StandardCharsets.UTF_8, "gbk"), "009-utf8-meta-gbk.html").readsAsReport();
        assertSameCells(good, r);
    }

    /** Same cells, numbers and raw texts, as the good file. */
    static void assertSameCells(Report good, Report r) {
        assertTrue(good.cells().size() > 100, "the good file reads: " + good.cells().size());
        assertEquals(good.cells(), r.cells(), r.source());
        assertEquals(good.format(), r.format(), r.source());
        assertEquals(good.year(), r.year(), r.source());
    }

    @Test
    void deeplyNestedHtml() throws Exception {
        // deep but within what the reader walks: the report inside is read as if it were flat
        Truth truth = Truth.load("004");
        Report r = Outcome.of(Broken.nestedHtml(Broken.fixture("004/source.html"), 150), "004-nested-150.html").readsAsReport();
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
        // deeper than any real layout: the reader flattens what lies past 200 levels, so the tables are lost, and
        // the result says so instead of failing
        Outcome.of(Broken.nestedHtml(Broken.fixture("004/source.html"), 600), "004-nested-600.html").endsCleanly(DAMAGED);
        // hostile: refused by the pre-scan, before parsing (the message is the pre-scan's, with the depth it
        // counted), so it costs no more than one pass over the bytes
        Outcome deep = Outcome.of(Broken.deepHtml(200_000), "deep.html").failsWith(Reason.TOO_LARGE);
        assertEquals("HTML nested 400000 levels deep, more than the limit of 1000", deep.error().getMessage());
    }

    @Test
    void docxZipBombIsRefused() throws Exception {
        byte[] bomb = Broken.docxBomb(Broken.fixture("005/source.docx"), 100);
        assertTrue(bomb.length < 2 << 20, "the bomb is small: " + bomb.length);
        Outcome o = Outcome.of(bomb, "bomb.docx").failsWith(Reason.TOO_LARGE);
        assertTrue(o.error().getMessage().contains("zip bomb"), o.error().getMessage());
    }

    @Test
    void pdfNeedingAUserPassword() throws Exception {
        byte[] locked = Broken.withUserPassword(Broken.fixture("009/writer.pdf"));
        Outcome o = Outcome.of(locked, "009-user-password.pdf").failsWith(Reason.ENCRYPTED);
        assertTrue(o.error().getMessage().contains("password"), o.error().getMessage());
    }

    @Test
    void ownerPasswordOnlyPdfIsRead() throws Exception {
        Report good = Outcome.of(Broken.fixture("012/writer.pdf"), "012-writer.pdf").readsAsReport();
        Report r = Outcome.of(Broken.fixture("012/locked.pdf"), "012-locked.pdf").readsAsReport();
        assertEquals(good.cells().size(), r.cells().size());
        for (int i = 0; i < good.cells().size(); i++) {
            assertEquals(good.cells().get(i).key(), r.cells().get(i).key());
            assertEquals(good.cells().get(i).value(), r.cells().get(i).value());
        }
    }

    @Test
    void pdfWithBrokenXrefIsRecoveredWithTheSameCells() throws Exception {
        Report good = Outcome.of(Broken.fixture("009/writer.pdf"), "009-writer.pdf").readsAsReport();
        Report r = Outcome.of(Broken.brokenXref(Broken.fixture("009/writer.pdf")), "009-broken-xref.pdf").readsAsReport();
        assertEquals(good.cells().size(), r.cells().size());
        for (int i = 0; i < good.cells().size(); i++) {
            assertEquals(good.cells().get(i).key(), r.cells().get(i).key());
            assertEquals(good.cells().get(i).value(), r.cells().get(i).value());
            assertEquals(good.cells().get(i).raw(), r.cells().get(i).raw());
        }
    }

    @Test
    void imageOnlyScanNeedsOcrWhenOcrIsOff() throws Exception {
        // with OCR on, the scan is read (ScanCorpusTest); off, the reason names what is missing and why
        Outcome o = Outcome.of(Broken.fixture("012/scan.pdf"), "012-scan.pdf",
                Limits.DEFAULT.withTimeout(Outcome.LIMIT).withOcr(OcrMode.NEVER)).failsWith(Reason.NEEDS_OCR);
        assertTrue(o.error().getMessage().contains("no text layer, needs OCR (OCR is off)"), o.error().getMessage());
    }

    @Test
    void twoThousandPagePdfFailsCleanlyAndFast() throws Exception {
        byte[] big = Broken.manyPages(2_000);
        Outcome o = Outcome.of(big, "2000-pages.pdf").failsWith(Reason.TOO_LARGE);
        assertTrue(o.error().getMessage().contains("2000 pages"), o.error().getMessage());
        // refused before any page is scanned: with a deadline already passed it is still too-large, not a
        // timeout at the first page's checkpoint (a claim about order, not about this machine's speed)
        Outcome late = pastDeadline(big, "2000-pages.pdf", Limits.DEFAULT.withTimeout(null)).failsWith(Reason.TOO_LARGE);
        assertEquals(o.error().getMessage(), late.error().getMessage());
    }

    @Test
    void twoThousandPagesWithTheLimitRaisedStopAtTheDeadline() throws Exception {
        byte[] big = Broken.manyPages(2_000);
        // the page limit raised, a deadline already passed: the reader stops at its first checkpoint, on any machine
        // (that the caller gets control back at the time limit itself is GuardTest's, with a read stuck by design)
        Limits raised = Limits.DEFAULT.withMaxPdfPages(10_000).withTimeout(null);
        Outcome o = pastDeadline(big, "2000-pages.pdf", raised).failsWith(Reason.TIMEOUT);
        assertEquals("time limit reached while reading", o.error().getMessage());
        assertEquals(1, o.error().page(), "not one page is scanned past the deadline");
    }

    /** Extracts on this thread with its deadline already passed: every reader checkpoint says stop. */
    private static Outcome pastDeadline(byte[] content, String name, Limits noTimeout) {
        Checkpoint.deadline(System.nanoTime() - 1);
        try {
            return Outcome.of(content, name, noTimeout);
        } finally {
            Checkpoint.deadline(null);
        }
    }

    @Test
    void inputOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
        Outcome o = Outcome.of(Broken.fixture("009/writer.pdf"), "big.pdf", Limits.DEFAULT.withMaxBytes(10_000))
                .failsWith(Reason.TOO_LARGE);
        assertTrue(o.error().getMessage().contains("more than the limit of 10000"), o.error().getMessage());
    }

    /** Holder for reading text fixtures. */
    private static final class Files {
        static String readString(String rel) throws java.io.IOException {
            return new String(Broken.fixture(rel), StandardCharsets.UTF_8);
        }
    }
}
