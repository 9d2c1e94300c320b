package io.github.xxgk.source;

/**
 * What a reader learnt outside the document's text. {@code title} and {@code agency}: from a web page's metadata
 * box or head, or a Word file's page header or properties; null where the reader found none (the report's own
 * text is then the only source). {@code ocrPages}: how many pages or pictures were read by OCR, which makes the
 * report's cells uncertain. {@code ocrPagesWithoutRulings}: how many of a PDF's OCR'd pages showed no ruled table,
 * which tells a scan of tables printed without rules from a scan too poor to read.
 */
public record Hints(String title, String agency, int ocrPages, int ocrPagesWithoutRulings) {

    /** Nothing found outside the text. */
    public static final Hints NONE = new Hints(null, null, 0, 0);

    public Hints withTitle(String title) {
        return new Hints(title, agency, ocrPages, ocrPagesWithoutRulings);
    }

    public Hints withOcrPages(int ocrPages) {
        return new Hints(title, agency, ocrPages, ocrPagesWithoutRulings);
    }
}
