package io.github.xxgk.internal.source.model;

/**
 * Where a paragraph row sits in the report's running text (its narrative), as the reader that made it knows.
 * This is all a reader tells the narrative stage ({@code detect.NarrativeSections}): readers that see whole
 * paragraphs (web page, Word, text, a legacy .doc) use {@link Row#paragraph} and get {@link #PARAGRAPH};
 * readers that see printed lines (PDF, OCR) say which line continues the paragraph above and which lines are
 * not prose at all. Table rows are {@link #IN_TABLE}.
 */
public enum Flow {
    /** Starts a paragraph of the narrative. */
    PARAGRAPH,
    /**
     * Continues the paragraph of the row before it (a printed line wrapped at the margin, also over a page
     * break): joined to it without a line break, so a word cut by the break is whole again.
     */
    CONTINUED,
    /** Page furniture: a page number, a running header or footer. Not part of the text. */
    FURNITURE,
    /** Text of a table (a row, or a header or label fragment a line-based reader left outside its rows). */
    IN_TABLE
}
