package io.github.xxgk.internal.source.pdf;

/**
 * Runs the static initializers that a run's first PDF spends most of its cold start in, on a thread of its own,
 * while the caller goes on (parses its arguments, hashes and opens the file): on a second core they cost the first
 * file no time. Each is work the first PDF would do anyway, once per JVM; the JVM runs a class's initializer
 * once, and a thread that needs the class meanwhile waits for it rather than doing it again.
 *
 * <p>Measured (JFR samples of one-PDF runs, bench/RESULTS.md): fontbox's {@code CMapStrings} (the strings of
 * all 65,792 one- and two-byte codes, decoded one by one, for any ToUnicode CMap) a fifth of the worker's time,
 * PDFBox's {@code PDType1Font} (the standard-14 fonts' metrics, parsed from AFM files) a seventh.
 */
public final class PdfWarmUp {

    /** In the order a PDF usually needs them; PdfReader first, as it installs the font mapper (BundledFonts). */
    static final String[] CLASSES = {
        "io.github.xxgk.internal.source.pdf.PdfReader",
        "org.apache.pdfbox.pdmodel.PDDocument",
        "org.apache.fontbox.cmap.CMapStrings",
        "org.apache.pdfbox.pdmodel.font.PDType1Font",
        "io.github.xxgk.internal.normalize.LabelNormalizer",
    };

    private PdfWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread and returns it. It ends by itself (within a second of CPU), and
     * exiting the JVM need not wait for it.
     */
    public static Thread start() {
        Thread t = new Thread(PdfWarmUp::run, "xxgk-pdf-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void run() {
        ClassLoader loader = PdfWarmUp.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // only a head start is lost: the reader that needs the class meets the same error, and reports it
                return;
            }
        }
    }
}
