package io.github.xxgk.internal.source.model;

/**
 * What a reader learnt outside the document's text. {@code title} and {@code agency}: from a web page's metadata
 * box or head, or a Word file's page header or properties; null where the reader found none (the report's own
 * text is then the only source). {@code ocrPages}: how many pages or pictures were read by OCR, which makes the
 * report's cells uncertain. {@code ocrPagesWithoutRulings}: how many of a PDF's OCR'd pages showed no ruled table,
 * which tells a scan of tables printed without rules from a scan too poor to read. {@code documentTitle}: the title
 * a file gives itself (a PDF's document title), read for the agency and year only where the text has no title, and
 * never taken as a sign that the file is a report. {@code ocrLines}: the OCR engine's own reading of the lines of the
 * pages it read from their words (scans of pages without ruled tables), a second reading of the prose beside the rows
 * laid out from those words, for the statistics period the year is read from; null where no page was read so.
 */
public record Hints(String title, String agency, int ocrPages, int ocrPagesWithoutRulings, String documentTitle,
                    String ocrLines) {

    /** Nothing found outside the text. */
    public static final Hints NONE = new Hints(null, null, 0, 0);

    public Hints(String title, String agency, int ocrPages, int ocrPagesWithoutRulings) {
        this(title, agency, ocrPages, ocrPagesWithoutRulings, null, null);
    }

    public Hints withTitle(String title) {
        return new Hints(title, agency, ocrPages, ocrPagesWithoutRulings, documentTitle, ocrLines);
    }

    public Hints withOcrPages(int ocrPages) {
        return new Hints(title, agency, ocrPages, ocrPagesWithoutRulings, documentTitle, ocrLines);
    }

    public Hints withDocumentTitle(String documentTitle) {
        return new Hints(title, agency, ocrPages, ocrPagesWithoutRulings, documentTitle, ocrLines);
    }

    public Hints withOcrLines(String ocrLines) {
        return new Hints(title, agency, ocrPages, ocrPagesWithoutRulings, documentTitle, ocrLines);
    }
}
