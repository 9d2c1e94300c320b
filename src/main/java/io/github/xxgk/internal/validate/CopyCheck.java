package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.CellKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Check {@code X-SOURCE} between copies of one report in a batch (the same {@code Identity.reportKey()}: a web
 * page and its PDF attachment, say). Each copy after the first, in input order, is compared cell by cell with
 * the first: a cell whose value differs, or that one copy has and the other lacks, is a failed finding under the
 * later copy that names the cell and both files; a copy that agrees on every cell gets one passing finding.
 * Values are only read: which copy is right is for a person to say.
 */
public final class CopyCheck {

    public static final String CHECK = "X-SOURCE";

    /** A report and its place in the batch's input order. */
    public record Copy(int order, Report report) {
    }

    private CopyCheck() {
    }

    /** The findings between the copies of one report, given in input order, filed under each later copy. */
    public static List<CrossYearCheck.Result> check(List<Copy> copies) {
        List<CrossYearCheck.Result> out = new ArrayList<>();
        if (copies.size() < 2) {
            return out;
        }
        Report first = copies.get(0).report();
        Map<CellKey, ReportCell> firstCells = byKey(first);
        for (Copy copy : copies.subList(1, copies.size())) {
            Report later = copy.report();
            Map<CellKey, ReportCell> laterCells = byKey(later);
            String pair = " (" + later.source() + " vs its copy " + first.source() + ")";
            int before = out.size();
            if (later.format() != first.format()) {
                out.add(result(copy, Finding.Status.FAIL, "", null, null, "format " + later.format().code() + " vs "
                        + first.format().code() + pair));
            }
            Set<CellKey> keys = new LinkedHashSet<>(firstCells.keySet());
            keys.addAll(laterCells.keySet());
            for (CellKey k : keys) {
                ReportCell a = laterCells.get(k);
                ReportCell b = firstCells.get(k);
                if (a == null || b == null) {
                    out.add(result(copy, Finding.Status.FAIL, k.toString(), a == null ? null : a.value(),
                            b == null ? null : b.value(), k + ": " + (a == null ? "not found" : shown(a)) + " vs "
                                    + (b == null ? "not found" : shown(b)) + pair));
                } else if (!same(a.value(), b.value())) {
                    out.add(result(copy, Finding.Status.FAIL, k.toString(), a.value(), b.value(),
                            k + ": " + shown(a) + " vs " + shown(b) + pair));
                }
            }
            if (out.size() == before) {
                out.add(result(copy, Finding.Status.PASS, "", null, null, "all " + keys.size() + " cells and the format agree"
                        + pair));
            }
        }
        return out;
    }

    private static Map<CellKey, ReportCell> byKey(Report r) {
        Map<CellKey, ReportCell> m = new LinkedHashMap<>();
        for (ReportCell c : r.cells()) {
            m.putIfAbsent(c.key(), c);
        }
        return m;
    }

    /** Equal numbers (12 and 12.0 alike), or both printed empty. */
    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String shown(ReportCell c) {
        return c.value() == null ? "empty (" + c.raw() + ")" : c.value().toPlainString();
    }

    private static CrossYearCheck.Result result(Copy copy, Finding.Status status, String cells, BigDecimal left,
                                                BigDecimal right, String message) {
        boolean sides = status == Finding.Status.FAIL && left != null && right != null;
        return new CrossYearCheck.Result(copy.order(), copy.report().source(), new Finding(CHECK, status, List.of(),
                sides ? left : null, sides ? right : null, message), cells);
    }
}
