package io.github.xxgk.validate;

import io.github.xxgk.ReportCell;
import io.github.xxgk.schema.CellKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Check {@code OCR}: a cell read by OCR is named when the engine was unsure of it (its lowest character
 * confidence below {@link #MIN_CONFIDENCE}) or when it read the cell differently at two scales. A relation that
 * holds proves nothing about such a cell, and its readings are never chosen between to make one hold: the cell
 * is flagged whatever the sums say. Together with the relations this leaves no wrong OCR'd cell unnamed.
 */
public final class OcrCheck {

    /**
     * Calibrated on the corpus scans (scan.pdf, scan-seal.pdf, imgpage.html): every wrong value cell read there
     * had a character below this confidence or two readings that differ.
     */
    public static final float MIN_CONFIDENCE = 80f;

    private OcrCheck() {
    }

    /**
     * @param relations the relations' findings: a blank cell of an OCR'd report that leaves a relation
     *                  not-evaluable is named too, since a number lost in the scan (under a seal, too faint)
     *                  reads as blank and no relation can then catch it
     * @param ocred     whether the report was read by OCR (blank cells carry no note of their own)
     */
    public static List<Finding> check(List<ReportCell> cells, List<Finding> relations, boolean ocred) {
        List<Finding> out = new ArrayList<>();
        int read = 0;
        if (ocred) {
            java.util.Set<CellKey> blank = new java.util.LinkedHashSet<>();
            for (ReportCell c : cells) {
                if (c.value() == null && c.raw().isBlank()) {
                    blank.add(c.key());
                }
            }
            java.util.Set<CellKey> flagged = new java.util.LinkedHashSet<>();
            for (Finding f : relations) {
                if (f.status() == Finding.Status.NOT_EVALUABLE) {
                    for (CellKey k : f.cells()) {
                        if (blank.contains(k) && flagged.add(k)) {
                            out.add(new Finding("OCR", Finding.Status.FAIL, List.of(k), null, null,
                                    name(k) + ": read as blank by OCR, and " + f.check() + " needs it"));
                        }
                    }
                }
            }
        }
        for (ReportCell c : cells) {
            if (c.ocr() == null) {
                continue;
            }
            read++;
            if (isDoubtful(c)) {
                String why = c.ocr().otherReading() != null
                        ? "read '" + c.raw() + "' and '" + c.ocr().otherReading() + "' at two scales"
                        : String.format(Locale.ROOT, "read '%s' at confidence %.0f, below %.0f", c.raw(), c.ocr().confidence(),
                                MIN_CONFIDENCE);
                out.add(new Finding("OCR", Finding.Status.FAIL, List.of(c.key()), c.value(), null, name(c.key()) + ": " + why));
            }
        }
        if (read > 0 && out.isEmpty()) {
            out.add(new Finding("OCR", Finding.Status.PASS, List.of(), BigDecimal.valueOf(read), null,
                    read + " cells read by OCR, all sure"));
        }
        return out;
    }

    /** A cell OCR read with doubt: two scales disagreed, or the engine's confidence is below {@link #MIN_CONFIDENCE}. */
    public static boolean isDoubtful(ReportCell c) {
        return c.ocr() != null && (c.ocr().otherReading() != null || c.ocr().confidence() < MIN_CONFIDENCE);
    }

    private static String name(CellKey k) {
        return k.toString();
    }
}
