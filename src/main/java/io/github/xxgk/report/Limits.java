package io.github.xxgk.report;


import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The resource limits of one extraction, read by every reader so that a huge or hostile input fails with a
 * clear reason instead of taking the JVM down.
 *
 * <p>{@link io.github.xxgk.Xxgk} installs the limits of a call with {@link #callWith}; a reader reads them with
 * {@link #current()} (the defaults outside a call).
 *
 * @param maxBytes           inputs larger than this are refused before they are read
 * @param maxPdfPages        PDFs with more pages are refused (too-large) before any page is scanned: a
 *                           政府信息公开工作年度报告 has tens of pages, not thousands
 * @param pdfMainMemoryBytes PDFBox's in-memory buffer for a document's streams; past it, a temp file
 * @param pdfTempFileBytes   the cap of that temp file; past it, PDFBox fails and the input is too-large
 * @param maxHtmlDepth       HTML nested deeper than this is refused (too-large) before parsing
 * @param maxUnpackedBytes   a DOCX (a ZIP) that unpacks to more than this is refused (a zip bomb)
 * @param timeout            the time limit of a call made with a timeout; null means none
 * @param ocr                which pages are read by OCR (see {@link OcrMode})
 * @param maxOcrPixels       a page is rendered for OCR at a resolution that keeps it within this many pixels
 *                           (a 300 dpi A4 page is 8.7 million; each costs a byte, and a rotated copy another)
 */
public record Limits(long maxBytes, int maxPdfPages, long pdfMainMemoryBytes, long pdfTempFileBytes,
                     int maxHtmlDepth, long maxUnpackedBytes, Duration timeout, OcrMode ocr, long maxOcrPixels) {

    /** The limits a call gets unless it says otherwise. */
    public static final Limits DEFAULT = new Limits(200L << 20, 500, 64L << 20, 1L << 30, 1_000, 512L << 20,
            Duration.ofSeconds(60), OcrMode.AUTO, 9_000_000L);

    private static final ThreadLocal<Limits> CURRENT = new ThreadLocal<>();

    public Limits {
        if (maxBytes <= 0 || maxPdfPages <= 0 || pdfMainMemoryBytes <= 0 || pdfTempFileBytes <= 0 || maxHtmlDepth <= 0
                || maxUnpackedBytes <= 0 || maxOcrPixels <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive, or null for none");
        }
        if (ocr == null) {
            throw new IllegalArgumentException("ocr mode must be given");
        }
    }

    /**
     * The limits of the extraction running on this thread, or {@link #DEFAULT}. Internal (the readers call it).
     *
     * @hidden
     */
    public static Limits current() {
        Limits l = CURRENT.get();
        return l == null ? DEFAULT : l;
    }

    /**
     * Runs {@code body} with these limits as {@link #current()} on this thread. Internal.
     *
     * @hidden
     */
    public <T> T callWith(Callable<T> body) throws Exception {
        Limits before = CURRENT.get();
        CURRENT.set(this);
        try {
            return body.call();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** A copy with this time limit (null: none). */
    public Limits withTimeout(Duration t) {
        return new Limits(maxBytes, maxPdfPages, pdfMainMemoryBytes, pdfTempFileBytes, maxHtmlDepth, maxUnpackedBytes, t, ocr, maxOcrPixels);
    }

    /** A copy that refuses PDFs with more pages than this. */
    public Limits withMaxPdfPages(int pages) {
        return new Limits(maxBytes, pages, pdfMainMemoryBytes, pdfTempFileBytes, maxHtmlDepth, maxUnpackedBytes, timeout, ocr, maxOcrPixels);
    }

    /** A copy that refuses inputs larger than this many bytes. */
    public Limits withMaxBytes(long bytes) {
        return new Limits(bytes, maxPdfPages, pdfMainMemoryBytes, pdfTempFileBytes, maxHtmlDepth, maxUnpackedBytes, timeout, ocr, maxOcrPixels);
    }

    /** A copy that refuses HTML nested deeper than this. */
    public Limits withMaxHtmlDepth(int depth) {
        return new Limits(maxBytes, maxPdfPages, pdfMainMemoryBytes, pdfTempFileBytes, depth, maxUnpackedBytes, timeout, ocr, maxOcrPixels);
    }

    /** A copy that refuses a DOCX (a ZIP) that unpacks to more than this many bytes. */
    public Limits withMaxUnpackedBytes(long bytes) {
        return new Limits(maxBytes, maxPdfPages, pdfMainMemoryBytes, pdfTempFileBytes, maxHtmlDepth, bytes, timeout, ocr, maxOcrPixels);
    }

    /** A copy with this OCR mode. */
    public Limits withOcr(OcrMode mode) {
        return new Limits(maxBytes, maxPdfPages, pdfMainMemoryBytes, pdfTempFileBytes, maxHtmlDepth, maxUnpackedBytes, timeout,
                mode, maxOcrPixels);
    }

    /** A copy that renders a page for OCR within this many pixels. */
    public Limits withMaxOcrPixels(long pixels) {
        return new Limits(maxBytes, maxPdfPages, pdfMainMemoryBytes, pdfTempFileBytes, maxHtmlDepth, maxUnpackedBytes, timeout,
                ocr, pixels);
    }
}
