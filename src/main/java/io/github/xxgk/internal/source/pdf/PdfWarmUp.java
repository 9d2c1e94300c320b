package io.github.xxgk.internal.source.pdf;

import java.security.MessageDigest;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Runs the one-time set-up that a run's first PDF spends most of its cold start in, on a thread of its own,
 * while the caller goes on (parses its arguments, hashes and opens the file): on a second core it costs the first
 * file no time. Each step is work the first PDF would do anyway, once per JVM; the JVM runs a class's initializer
 * once, and a thread that needs the class meanwhile waits for it rather than doing it again.
 *
 * <p>Measured (profiles of one-PDF runs, bench/RESULTS.md): fontbox's {@code CMapStrings} (the strings of all
 * 65,792 one- and two-byte codes, decoded one by one, for any ToUnicode CMap) is the largest; then the division
 * list, PDFBox's document and font classes, and the locale data a first {@link Calendar} loads (fontbox makes one
 * for the dates in every TrueType font's header).
 */
public final class PdfWarmUp {

    /**
     * The classes the reading of a PDF initializes, in this order. PdfReader first, as it installs the font mapper
     * (BundledFonts); then the largest, which the first page's fonts wait for, while the reader opens the document
     * with the classes after it.
     */
    static final String[] READING = {
        "io.github.xxgk.internal.source.pdf.PdfReader",
        "org.apache.fontbox.cmap.CMapStrings",
        "org.apache.pdfbox.pdmodel.PDDocument",
        "org.apache.pdfbox.pdmodel.font.PDType1Font",
    };

    /** The classes used once the tables are read: their labels, and the division list the agency is resolved against. */
    static final String[] AFTER_READING = {
        "io.github.xxgk.internal.normalize.LabelNormalizer",
        "io.github.xxgk.report.DivisionList",
    };

    private static Thread started;

    private PdfWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread, once per JVM, and returns that thread (a later call returns it again:
     * the set-up runs once anyway). It ends by itself (within a second of CPU), and exiting the JVM need not wait
     * for it.
     */
    public static synchronized Thread start() {
        if (started == null) {
            started = new Thread(PdfWarmUp::run, "xxgk-pdf-warm-up");
            started.setDaemon(true);
            started.start();
        }
        return started;
    }

    private static void run() {
        ClassLoader loader = PdfWarmUp.class.getClassLoader();
        try {
            // the security providers, which the input's SHA-256 (its journal key) needs before anything is read
            MessageDigest.getInstance("SHA-256");
            initialize(READING, loader);
            // the locale data of a first Calendar, which fontbox makes for the dates of every TrueType font it parses
            Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            initialize(AFTER_READING, loader);
        } catch (ReflectiveOperationException | java.security.GeneralSecurityException | LinkageError e) {
            // only a head start is lost: the reader that needs the class meets the same error, and reports it
        }
    }

    private static void initialize(String[] classes, ClassLoader loader) throws ClassNotFoundException {
        for (String name : classes) {
            Class.forName(name, true, loader);
        }
    }
}
