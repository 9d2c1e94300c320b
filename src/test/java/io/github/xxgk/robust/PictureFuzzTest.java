package io.github.xxgk.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Coverage-guided fuzzing of the picture and OCR readers with Jazzer, as {@link ReaderFuzzTest} does for the
 * other readers and with the same idea of a finding (an exception other than {@code XxgkException}, an
 * {@code error} reason, a hang, running out of memory, and here also a crash of Tesseract or Leptonica, which
 * run in this process). {@code mvn test} replays the seeds in
 * {@code src/test/resources/io/github/xxgk/robust/PictureFuzzTestInputs/<method>/} (written by
 * {@link FuzzSeeds}); to fuzz one harness for ten minutes:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn test -Dtest=PictureFuzzTest#fuzzPicture -Djazzer.max_duration=10m \
 *     -Djazzer.instrument='io.github.xxgk.**'
 * </pre>
 *
 * An execution that reaches OCR takes a fraction of a second to seconds. No {@code @Timeout}: Jazzer would
 * make it libFuzzer's time limit per execution, but JUnit also applies it to the whole fuzzing run and fails
 * a run that found nothing once it is over.
 */
class PictureFuzzTest {

    private static final Logger APACHE_LOG = Logger.getLogger("org.apache");

    static {
        APACHE_LOG.setLevel(Level.OFF);
    }

    /** A picture file as it comes: PNG, JPEG, TIFF or GIF, whatever the name says (the reader sniffs the content). */
    @FuzzTest(maxDuration = "30s")
    void fuzzPicture(byte[] input) {
        ReaderFuzzTest.extract(input, "fuzz.png");
    }

    /**
     * A PDF page that draws a picture ({@link PicturePdf} says how the bytes describe it): a scanned page (no
     * text), a table pasted as a picture under a printed title, and a searchable scan (an invisible text
     * layer over the picture).
     */
    @FuzzTest(maxDuration = "30s")
    void fuzzPdfPicture(byte[] input) {
        byte[] pdf;
        try {
            pdf = PicturePdf.build(input);
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox writes any picture it is given", e);
        }
        if (pdf != null) {
            ReaderFuzzTest.extract(pdf, "fuzz.pdf");
        }
    }
}
