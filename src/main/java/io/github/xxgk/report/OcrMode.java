package io.github.xxgk.report;

/** Which pages of a report are read by OCR. */
public enum OcrMode {
    /** Pages without usable text: scans, pictures of tables, text without a Unicode mapping. */
    AUTO,
    /** Every page, its text layer ignored. */
    ALWAYS,
    /** None: a page without usable text makes the report needs-ocr. */
    NEVER
}
