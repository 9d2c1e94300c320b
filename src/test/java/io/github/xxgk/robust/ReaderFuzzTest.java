package io.github.xxgk.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Coverage-guided fuzzing of the readers with Jazzer, through the public API {@link Xxgk#extract(byte[], String)}.
 *
 * <p>A plain {@code mvn test} replays the seed corpus in
 * {@code src/test/resources/io/github/xxgk/robust/ReaderFuzzTestInputs/<method>/} (fast, regression only).
 * To fuzz one reader for real (one harness per run):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest#fuzzPdf -Djazzer.max_duration=10m \
 *     -Djazzer.instrument='io.github.xxgk.**,org.apache.pdfbox.**,technology.tabula.**'
 * </pre>
 *
 * The corpus it grows goes to {@code .cifuzz-corpus/} (not committed); a crash is written as
 * {@code crash-*} into the harness's inputs directory, where it becomes a regression input of the next
 * {@code mvn test}: keep it, fix the bug.
 *
 * <p>What counts as a finding: anything other than a {@link io.github.xxgk.report.Report} or an {@link XxgkException}
 * escaping the API (a bare RuntimeException or Error), an {@code error} reason (a bug in xxgk), a hang past
 * libFuzzer's timeout, or running out of memory.
 */
class ReaderFuzzTest {

    /** PDFBox warns through java.util.logging on every damaged stream: silence it, or the fuzzer mostly logs. */
    private static final Logger APACHE_LOG = Logger.getLogger("org.apache");

    static {
        APACHE_LOG.setLevel(Level.OFF);
    }

    @FuzzTest(maxDuration = "30s")
    void fuzzPdf(byte[] input) {
        extract(input, "fuzz.pdf");
    }

    @FuzzTest(maxDuration = "30s")
    void fuzzHtml(byte[] input) {
        extract(input, "fuzz.html");
    }

    @FuzzTest(maxDuration = "30s")
    void fuzzText(byte[] input) {
        extract(input, "fuzz.txt");
    }

    /**
     * A legacy Word file (OLE2 with a Word binary stream) as it comes: the container, the piece table, the
     * table rows' cell edges and merge flags, the page header the title may come from.
     */
    @FuzzTest(maxDuration = "30s")
    void fuzzDoc(byte[] input) {
        extract(input, "fuzz.doc");
    }

    /**
     * The fuzzer's bytes become {@code word/document.xml} of a real Word document: a broken ZIP container is
     * the bit-flip tests' job, the fuzzer goes after the XML and the table walking inside.
     */
    @FuzzTest(maxDuration = "30s")
    void fuzzDocx(byte[] documentXml) {
        extract(docxWith(documentXml), "fuzz.docx");
    }

    static void extract(byte[] input, String name) {
        try {
            Xxgk.extract(input, name);
        } catch (XxgkException e) {
            if (e.reason() == Reason.INTERNAL) {
                throw new IllegalStateException("internal error on a fuzzed input: " + e.getMessage(), e);
            }
            if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                throw new IllegalStateException("no one-line message for " + e.reason().code());
            }
        }
    }

    private static final byte[][] DOCX_PARTS = docxTemplate();

    /** The parts of a corpus Word document, document.xml left out: names and bytes, alternating. */
    private static byte[][] docxTemplate() {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                Files.readAllBytes(Path.of("fixtures", "corpus", "005", "source.docx"))))) {
            java.util.List<byte[]> parts = new java.util.ArrayList<>();
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.getName().equals("word/document.xml")) {
                    parts.add(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    parts.add(zip.readAllBytes());
                }
            }
            return parts.toArray(new byte[0][]);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static byte[] docxWith(byte[] documentXml) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bos)) {
            zip.setLevel(1);
            for (int i = 0; i < DOCX_PARTS.length; i += 2) {
                zip.putNextEntry(new ZipEntry(new String(DOCX_PARTS[i], java.nio.charset.StandardCharsets.UTF_8)));
                zip.write(DOCX_PARTS[i + 1]);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(documentXml);
            zip.closeEntry();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bos.toByteArray();
    }
}
