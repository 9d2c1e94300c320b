package io.github.xxgk.report;


import java.math.BigDecimal;

/**
 * One cell of a standard table as published: its key, the number (null when blank or a dash), the unit
 * printed in the cell or its header, the raw text, the 1-based PDF page (null for unpaged inputs), and for a
 * cell read by OCR how sure the engine was (null otherwise).
 *
 * @param key   the canonical key, e.g. {@code t3.granted.total}
 * @param value the number as published, null when the cell is blank, a dash or not a number
 * @param unit  the unit printed in the cell or its column header ("万元", "件"), empty when none or no value
 * @param raw   the cell's text as printed (whitespace trimmed)
 * @param page  the 1-based page the cell was printed on, null for inputs without pages
 * @param ocr   how sure OCR was of the cell, null for a cell not read by OCR
 */
public record ReportCell(CellKey key, BigDecimal value, String unit, String raw, Integer page, OcrNote ocr) {

    public ReportCell(CellKey key, BigDecimal value, String unit, String raw, Integer page) {
        this(key, value, unit, raw, page, null);
    }
}
