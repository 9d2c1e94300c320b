package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.OcrNote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Check {@code OCR}: a cell read by OCR is named when its reading is in doubt — the engine was unsure of it (its
 * lowest character confidence below {@link #MIN_CONFIDENCE}), it was read differently in two ways or only once,
 * the print contradicts it (another count of glyphs, a point not inked), or the cell shows ink but nothing was
 * read — unless arithmetic that was not chosen confirms it: every sum the cell takes part in (its row and its
 * column) holds exactly, and every other cell of those sums was read surely. Its readings are never chosen
 * between to make a sum hold; a cell whose sums do not all hold, or rest on another doubtful cell, stays named.
 * Together with the relations this leaves no wrong OCR'd cell unnamed.
 */
public final class OcrCheck {

    /**
     * Calibrated on the corpus scans (scan.pdf, scan-seal.pdf, imgpage.html): every wrong value cell read there
     * had a character below this confidence or two readings that differ.
     */
    public static final float MIN_CONFIDENCE = 80f;

    /** The table sums of {@link Validator}: each cell of tables 三 and 四 takes part in its row's and its column's. */
    static final Set<String> SUMS = Set.of("T3-A", "T3-B", "T3-C", "T4-A");

    private OcrCheck() {
    }

    /**
     * @param relations the relations' findings: a blank cell of an OCR'd report that was never seen (no note) and
     *                  leaves a relation not-evaluable is named too
     * @param ocred     whether the report was read by OCR
     */
    public static List<Finding> check(List<ReportCell> cells, List<Finding> relations, boolean ocred) {
        List<Finding> out = new ArrayList<>();
        int read = 0;
        int confirmed = 0;
        if (ocred) {
            Set<CellKey> blank = new LinkedHashSet<>();
            for (ReportCell c : cells) {
                // a cell the OCR reader saw without ink carries a note; one without was never seen
                if (c.value() == null && c.raw().isBlank() && c.ocr() == null) {
                    blank.add(c.key());
                }
            }
            Set<CellKey> flagged = new LinkedHashSet<>();
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
        Map<CellKey, ReportCell> byKey = new HashMap<>();
        for (ReportCell c : cells) {
            byKey.put(c.key(), c);
        }
        for (ReportCell c : cells) {
            if (c.ocr() == null) {
                continue;
            }
            read++;
            if (!isDoubtful(c)) {
                continue;
            }
            List<String> sums = confirmingSums(c, relations, byKey);
            if (sums != null) {
                confirmed++;
                out.add(new Finding("OCR", Finding.Status.PASS, List.of(c.key()), c.value(), null, name(c.key()) + ": "
                        + why(c) + "; confirmed: " + String.join(", ", sums) + " hold exactly with cells read surely"));
            } else {
                out.add(new Finding("OCR", Finding.Status.FAIL, List.of(c.key()), c.value(), null, name(c.key()) + ": " + why(c)));
            }
        }
        if (read > 0 && out.stream().noneMatch(Finding::failed)) {
            out.add(new Finding("OCR", Finding.Status.PASS, List.of(), BigDecimal.valueOf(read), null,
                    read + " cells read by OCR, all sure" + (confirmed > 0 ? " (" + confirmed + " by their sums)" : "")));
        }
        return out;
    }

    /**
     * A cell OCR read with doubt: its readings disagreed or there was only one, the print contradicts it, or the
     * engine's confidence is below {@link #MIN_CONFIDENCE}.
     */
    public static boolean isDoubtful(ReportCell c) {
        OcrNote n = c.ocr();
        return n != null && (n.otherReading() != null || n.why() != null || n.confidence() < MIN_CONFIDENCE);
    }

    private static String why(ReportCell c) {
        OcrNote n = c.ocr();
        if (c.value() == null && "?".equals(c.raw())) {
            return "the cell shows ink (a faint stroke, a seal) but nothing was read";
        }
        if (n.why() != null) {
            return "read '" + c.raw() + "', but " + n.why();
        }
        if ("?".equals(n.otherReading())) {
            return String.format(Locale.ROOT, "read '%s' once (at confidence %.0f); no other reading", c.raw(), n.confidence());
        }
        if (n.otherReading() != null) {
            return "read '" + c.raw() + "' and '" + n.otherReading() + "' at two scales";
        }
        return String.format(Locale.ROOT, "read '%s' at confidence %.0f, below %.0f", c.raw(), n.confidence(), MIN_CONFIDENCE);
    }

    /**
     * The sums that confirm a doubtful cell's value, or null when they do not: the cell has a value the print does
     * not contradict, takes part in at least one sum, every sum it takes part in holds, and every other cell of
     * those sums was read surely (a cell of a text layer, or an OCR'd one not in doubt). A wrong value could then
     * only hold by another cell's error of the opposite amount.
     */
    private static List<String> confirmingSums(ReportCell c, List<Finding> relations, Map<CellKey, ReportCell> byKey) {
        if (c.value() == null || c.ocr().why() != null) {
            return null;
        }
        List<String> sums = new ArrayList<>();
        for (Finding f : relations) {
            if (!SUMS.contains(f.check()) || !f.cells().contains(c.key())) {
                continue;
            }
            if (f.status() != Finding.Status.PASS) {
                return null;
            }
            for (CellKey k : f.cells()) {
                if (!k.equals(c.key()) && !readSurely(byKey.get(k))) {
                    return null;
                }
            }
            sums.add(f.check() + " (" + f.message().replaceFirst(":.*", "") + ")");
        }
        return sums.isEmpty() ? null : sums;
    }

    /** A cell whose value nothing puts in doubt: read from text, or by OCR without doubt (blank ones seen blank). */
    private static boolean readSurely(ReportCell k) {
        if (k == null) {
            return false;
        }
        if (k.ocr() == null) {
            return k.value() != null || !k.raw().isBlank();
        }
        return !isDoubtful(k);
    }

    private static String name(CellKey k) {
        return k.toString();
    }
}
