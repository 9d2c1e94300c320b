package io.github.xxgk.report;

/**
 * What an input is, decided from its content (magic bytes), never from its file name alone. Six kinds are read
 * into a report: {@link #TEXT}, {@link #PDF}, {@link #HTML}, {@link #DOCX}, {@link #DOC} and {@link #IMAGE}; the
 * other three are named in the error that refuses them.
 */
public enum InputKind {
    /** Plain text, in any of the encodings Chinese reports are saved in (UTF-8, GB18030, UTF-16). */
    TEXT("text"),
    /** A PDF: its text layer, or for a page without usable text (a scan) what OCR reads on it. */
    PDF("pdf"),
    /** A web page; pictures of tables in it (saved beside it) are read by OCR. */
    HTML("html"),
    /** A Word file (Office Open XML); pictures of tables in it are read by OCR. */
    DOCX("docx"),
    /** An older binary Word file (.doc, Word 97 to 2003, or a .wps that WPS Office saved as one). */
    DOC("doc"),
    /** A picture of a report (PNG, JPEG, TIFF or GIF), read by OCR. */
    IMAGE("image"),
    /** A zip archive other than a Word file: refused. */
    ZIP("zip"),
    /** Binary content of no kind above: refused. */
    BINARY("binary"),
    /** No content, or only white space: refused. */
    EMPTY("empty");

    private final String code;

    InputKind(String code) {
        this.code = code;
    }

    /** The kind as the outputs write it (the status CSV's {@code kind}, the JSON's {@code kind}). */
    public String code() {
        return code;
    }
}
