package io.github.xxgk;

import io.github.xxgk.schema.CellKey;

import java.math.BigDecimal;

/**
 * One cell of a standard table as published: its key, the number (null when blank or a dash), the unit
 * printed in the cell or its header, the raw text, and the 1-based PDF page (null for unpaged inputs).
 */
public record ReportCell(CellKey key, BigDecimal value, String unit, String raw, Integer page) {
}
