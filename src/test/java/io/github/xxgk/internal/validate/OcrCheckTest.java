package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.Truth;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.Format;
import io.github.xxgk.report.OcrNote;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which OCR'd cells check OCR names, on 005's tables as truth.json gives them, read by OCR: every cell sure but
 * the ones a test puts in doubt. Table 四's review row: 0 + 1 + 1 + 0 = 2.
 */
class OcrCheckTest {

    private static final OcrNote SURE = new OcrNote(99f, null);

    private static Map<String, ReportCell> read(Truth t, Function<String, OcrNote> notes) {
        Map<String, ReportCell> cells = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : t.cells().entrySet()) {
            String raw = e.getValue() == null ? "" : e.getValue().toPlainString();
            cells.put(e.getKey(), new ReportCell(CellKey.parse(e.getKey()), e.getValue(), "", raw, 1, notes.apply(e.getKey())));
        }
        return cells;
    }

    private static List<Finding> check(Truth t, Map<String, ReportCell> cells) {
        List<ReportCell> list = new ArrayList<>(cells.values());
        List<Finding> relations = Validator.validate(list, Format.ofCode(t.format()), false);
        return OcrCheck.check(list, relations, true);
    }

    private static Map<String, Finding> byCell(List<Finding> findings) {
        return findings.stream().filter(f -> f.cells().size() == 1)
                .collect(Collectors.toMap(f -> f.cells().get(0).toString(), f -> f, (a, b) -> a));
    }

    @Test
    void aDoubtfulCellWhoseSumHoldsWithSureCellsIsConfirmedAndSaysSo() throws Exception {
        Truth t = Truth.load("005");
        Map<String, ReportCell> cells = read(t, k -> k.equals("t4.review.corrected") ? new OcrNote(91f, "7") : SURE);
        Finding f = byCell(check(t, cells)).get("t4.review.corrected");
        assertEquals(Finding.Status.PASS, f.status(), f.message());
        assertTrue(f.message().contains("confirmed: T4-A"), f.message());
    }

    /** Two doubtful cells of one sum could each be wrong by the other's amount: neither confirms the other. */
    @Test
    void aSumThatRestsOnAnotherDoubtfulCellConfirmsNothing() throws Exception {
        Truth t = Truth.load("005");
        Map<String, ReportCell> cells = read(t, k -> k.equals("t4.review.corrected") || k.equals("t4.review.other_result")
                ? new OcrNote(91f, "7") : SURE);
        Map<String, Finding> by = byCell(check(t, cells));
        assertEquals(Finding.Status.FAIL, by.get("t4.review.corrected").status());
        assertEquals(Finding.Status.FAIL, by.get("t4.review.other_result").status());
    }

    /** The reading that won was 7 (the misread), the other 1: the sum fails, and the readings are not chosen between. */
    @Test
    void aSumThatFailsLeavesTheCellNamedAsRead() throws Exception {
        Truth t = Truth.load("005");
        Map<String, ReportCell> cells = read(t, k -> k.equals("t4.review.corrected") ? new OcrNote(91f, "1") : SURE);
        cells.put("t4.review.corrected", new ReportCell(CellKey.parse("t4.review.corrected"), BigDecimal.valueOf(7), "", "7", 1,
                new OcrNote(91f, "1")));
        List<Finding> all = check(t, cells);
        Finding f = byCell(all).get("t4.review.corrected");
        assertEquals(Finding.Status.FAIL, f.status());
        assertTrue(f.message().contains("'7' and '1'"), f.message());
    }

    /** What the print contradicts, no sum confirms. */
    @Test
    void aReadingThePrintContradictsStaysNamedWhateverTheSums() throws Exception {
        Truth t = Truth.load("005");
        Map<String, ReportCell> cells = read(t, k -> k.equals("t4.review.corrected")
                ? new OcrNote(99f, null, "the print shows 2 glyphs, not the 1 glyph and 0 points read", null) : SURE);
        Finding f = byCell(check(t, cells)).get("t4.review.corrected");
        assertEquals(Finding.Status.FAIL, f.status());
        assertTrue(f.message().contains("the print shows 2 glyphs"), f.message());
    }

    /**
     * A t3 column printed blank (no ink in any cell, 012's commercial_enterprise on the corpus scans): its sums
     * cannot be evaluated, and cells the reader saw blank are not named; cells never seen (no note) are.
     */
    @Test
    void cellsSeenBlankAreNotNamedCellsNeverSeenAre() throws Exception {
        Truth t = Truth.load("005");
        Function<String, Boolean> column = k -> k.startsWith("t3.") && k.endsWith(".research_institution");
        Map<String, ReportCell> seen = new java.util.LinkedHashMap<>();
        Map<String, ReportCell> unseen = new java.util.LinkedHashMap<>();
        for (ReportCell c : read(t, k -> SURE).values()) {
            String k = c.key().toString();
            if (column.apply(k)) {
                seen.put(k, new ReportCell(c.key(), null, "", "", 1, new OcrNote(100f, null)));
                unseen.put(k, new ReportCell(c.key(), null, "", "", 1, null));
            } else {
                seen.put(k, c);
                unseen.put(k, c);
            }
        }
        // only where the truth's column is all zero does blanking it keep the other sums
        assertTrue(t.cells().entrySet().stream().filter(e -> column.apply(e.getKey()))
                .allMatch(e -> e.getValue() == null || e.getValue().signum() == 0));
        assertTrue(check(t, seen).stream().noneMatch(f -> f.check().equals("OCR") && f.failed()));
        long named = check(t, unseen).stream().filter(f -> f.check().equals("OCR") && f.failed()).count();
        assertTrue(named > 0);
    }
}
