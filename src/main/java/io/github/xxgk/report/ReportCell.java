package io.github.xxgk.report;


import java.math.BigDecimal;

/**
 * One cell of a standard table as published: its key, the number (null when blank or a dash), the unit
 * printed in the cell or its header, the raw text, the 1-based PDF page (null for unpaged inputs), and for a
 * cell read by OCR how sure the engine was (null otherwise).
 */
public record ReportCell(CellKey key, BigDecimal value, String unit, String raw, Integer page, OcrNote ocr) {

    public ReportCell(CellKey key, BigDecimal value, String unit, String raw, Integer page) {
        this(key, value, unit, raw, page, null);
    }
}
