package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.report.Format;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.report.TableId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks between the reports of one agency in consecutive years. Values are only read, never changed.
 * <ul>
 * <li>{@code X-1}, per t3 column: {@code carried_over[Y] = carried_forward[Y-1]} (what one year carries forward,
 * the next year carries over).</li>
 * <li>{@code X-2}, 2021-format t2, rows {@code rules} and {@code normative_documents}:
 * {@code in_force[Y] = in_force[Y-1] + issued[Y] - repealed[Y]}. A heuristic: agencies count 现行有效 at a
 * date of their own choosing, so a break is worth a look, not proof of an error.</li>
 * </ul>
 * A finding belongs to the later report. When several reports of the agency's earlier year are in the batch
 * (the same report as PDF and HTML, say), the first in input order is the one compared, and the message says so.
 * Agencies are matched by the exact name in their titles.
 */
public final class CrossYearCheck {

    private static final List<String> T2_ROWS = List.of("rules", "normative_documents");

    private CrossYearCheck() {
    }

    /** What a check needs of one report: a few cells, by key (a null value is a printed but empty cell). */
    public record Summary(int order, String source, String agency, Integer year, Format format, Map<CellKey, BigDecimal> values) {

        public Summary {
            values = java.util.Collections.unmodifiableMap(new HashMap<>(values));
        }

        /** The cells of {@code r} that the checks read. */
        public static Summary of(int order, Report r) {
            Map<CellKey, BigDecimal> v = new HashMap<>();
            for (ReportCell c : r.cells()) {
                if (used(c.key())) {
                    v.put(c.key(), c.value());
                }
            }
            return new Summary(order, r.source(), r.agency(), r.year(), r.format(), v);
        }

        static boolean used(CellKey k) {
            if (k.table() == TableId.T3) {
                return k.row().equals("carried_over") || k.row().equals("carried_forward");
            }
            return k.table() == TableId.T2 && T2_ROWS.contains(k.row())
                    && (k.col().equals("in_force") || k.col().equals("issued") || k.col().equals("repealed"));
        }
    }

    /** A finding between two reports; {@code order} is the later report's, {@code cells} names each cell with its year. */
    public record Result(int order, String source, Finding finding, String cells) {
    }

    /** All cross-year findings of a batch, ordered by the later report's order, then check, then cell. */
    public static List<Result> check(List<Summary> reports) {
        Map<String, List<Summary>> byAgencyYear = new LinkedHashMap<>();
        for (Summary s : reports) {
            if (s.agency() != null && !s.agency().isBlank() && s.year() != null) {
                byAgencyYear.computeIfAbsent(key(s.agency(), s.year()), k -> new ArrayList<>()).add(s);
            }
        }
        byAgencyYear.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.order(), b.order())));
        List<Result> out = new ArrayList<>();
        List<Summary> sorted = new ArrayList<>(reports);
        sorted.sort((a, b) -> Integer.compare(a.order(), b.order()));
        for (Summary later : sorted) {
            if (later.agency() == null || later.agency().isBlank() || later.year() == null) {
                continue;
            }
            List<Summary> earlier = byAgencyYear.get(key(later.agency(), later.year() - 1));
            if (earlier == null) {
                continue;
            }
            Summary prior = earlier.get(0);
            String which = earlier.size() == 1 ? "" : " (the first of " + earlier.size() + " reports of " + prior.year() + ")";
            carried(later, prior, which, out);
            if (later.format() == Format.F2021 && prior.format() == Format.F2021) {
                inForce(later, prior, which, out);
            }
        }
        return out;
    }

    private static void carried(Summary later, Summary prior, String which, List<Result> out) {
        for (ColumnDef col : Schema.T3_COLUMNS) {
            CellKey over = new CellKey(TableId.T3, "carried_over", col.key());
            CellKey forward = new CellKey(TableId.T3, "carried_forward", col.key());
            String cells = named(over, later) + " " + named(forward, prior);
            List<String> empty = new ArrayList<>();
            BigDecimal left = read(later, over, empty);
            BigDecimal right = read(prior, forward, empty);
            String what = "carried_over." + col.key() + " of " + later.year() + " (" + later.source() + ") vs carried_forward."
                    + col.key() + " of " + prior.year() + " (" + prior.source() + which + ")";
            out.add(result(later, "X-1", left, right, empty, cells, what));
        }
    }

    private static void inForce(Summary later, Summary prior, String which, List<Result> out) {
        for (String row : T2_ROWS) {
            CellKey inForce = new CellKey(TableId.T2, row, "in_force");
            CellKey issued = new CellKey(TableId.T2, row, "issued");
            CellKey repealed = new CellKey(TableId.T2, row, "repealed");
            if (!later.values().containsKey(inForce) && !prior.values().containsKey(inForce)) {
                continue;
            }
            String cells = named(inForce, later) + " " + named(inForce, prior) + " " + named(issued, later) + " " + named(repealed, later);
            List<String> empty = new ArrayList<>();
            BigDecimal left = read(later, inForce, empty);
            BigDecimal before = read(prior, inForce, empty);
            BigDecimal add = read(later, issued, empty);
            BigDecimal sub = read(later, repealed, empty);
            BigDecimal right = before == null || add == null || sub == null ? null : before.add(add).subtract(sub);
            String what = row + ".in_force of " + later.year() + " (" + later.source() + ") vs in_force of " + prior.year()
                    + " (" + prior.source() + which + ") + issued - repealed of " + later.year() + " (heuristic)";
            out.add(result(later, "X-2", left, right, empty, cells, what));
        }
    }

    private static Result result(Summary later, String check, BigDecimal left, BigDecimal right, List<String> empty,
                                 String cells, String what) {
        Finding.Status status;
        String message;
        if (!empty.isEmpty() || left == null || right == null) {
            status = Finding.Status.NOT_EVALUABLE;
            message = what + ": not evaluable, empty or missing: " + String.join(" ", empty);
            left = null;
            right = null;
        } else if (left.compareTo(right) == 0) {
            status = Finding.Status.PASS;
            message = what + ": " + left.toPlainString() + " = " + right.toPlainString();
        } else {
            status = Finding.Status.FAIL;
            message = what + ": " + left.toPlainString() + " != " + right.toPlainString();
        }
        return new Result(later.order(), later.source(), new Finding(check, status, List.of(), left, right, message), cells);
    }

    private static BigDecimal read(Summary s, CellKey k, List<String> empty) {
        BigDecimal v = s.values().get(k);
        if (v == null) {
            empty.add(named(k, s));
        }
        return v;
    }

    /** {@code t3.carried_over.total@2022}: the cell and the year of the report it is read from. */
    static String named(CellKey k, Summary s) {
        return k + "@" + s.year();
    }

    private static String key(String agency, int year) {
        return Objects.requireNonNull(agency).strip() + "\u0000" + year;
    }
}
