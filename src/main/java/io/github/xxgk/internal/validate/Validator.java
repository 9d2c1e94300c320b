package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.report.Format;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.report.TableId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the relations of docs/format.md (T3-A, T3-B, T3-C, T4-A) and completeness. A relation reads an empty
 * cell as 0 and says which cells were empty; it is not evaluable only when it reads a missing cell or nothing but
 * empty cells. Values are only read, never changed.
 */
public final class Validator {

    private final Map<CellKey, ReportCell> cells = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private Validator(List<ReportCell> cells) {
        for (ReportCell c : cells) {
            this.cells.put(c.key(), c);
        }
    }

    public static List<Finding> validate(List<ReportCell> cells, Format format, boolean otherSplit) {
        Validator v = new Validator(cells);
        v.completeness(format, otherSplit);
        v.t3(otherSplit);
        v.t4();
        return List.copyOf(v.findings);
    }

    private void completeness(Format format, boolean otherSplit) {
        List<CellKey> missing = new ArrayList<>();
        List<CellKey> expected = Schema.expectedCells(format, otherSplit);
        for (CellKey k : expected) {
            if (!cells.containsKey(k)) {
                missing.add(k);
            }
        }
        int lost = missing.size();
        if (!missing.isEmpty() && cells.keySet().stream().noneMatch(Validator::isOtherRow)) {
            // no （六） row of either shape was read (a scan that lost them): which shape the report printed is
            // unknown, so the cells of the other shape are named too; the count stays that of the assumed shape
            for (CellKey k : Schema.expectedCells(format, !otherSplit)) {
                if (isOtherRow(k) && !missing.contains(k)) {
                    missing.add(k);
                }
            }
        }
        if (missing.isEmpty()) {
            findings.add(new Finding("COMPLETE", Finding.Status.PASS, List.of(), BigDecimal.valueOf(expected.size()),
                    BigDecimal.valueOf(expected.size()), "all " + expected.size() + " cells of the " + format.code() + " format found"));
        } else {
            findings.add(new Finding("COMPLETE", Finding.Status.FAIL, missing, BigDecimal.valueOf(expected.size() - lost),
                    BigDecimal.valueOf(expected.size()), lost + " of " + expected.size() + " cells not found: "
                    + summarize(missing)));
        }
    }

    /** A cell of table 三's （六） rows, single (other) or split (other_*). */
    private static boolean isOtherRow(CellKey k) {
        return k.table() == TableId.T3 && (k.row().equals(Schema.OTHER_SINGLE.key()) || k.row().startsWith("other_"));
    }

    private void t3(boolean otherSplit) {
        boolean anyT3 = cells.keySet().stream().anyMatch(k -> k.table() == TableId.T3);
        if (!anyT3) {
            return;
        }
        List<String> outcomes = Schema.outcomeKeys(otherSplit);
        for (ColumnDef col : Schema.T3_COLUMNS) {
            String c = col.key();
            relation("T3-A", List.of(t3("new_received", c), t3("carried_over", c)),
                    List.of(t3("total_processed", c), t3("carried_forward", c)),
                    "column " + c + ": new_received + carried_over = total_processed + carried_forward");
            List<CellKey> parts = new ArrayList<>();
            for (String r : outcomes) {
                parts.add(t3(r, c));
            }
            relation("T3-B", List.of(t3("total_processed", c)), parts,
                    "column " + c + ": total_processed = sum of the " + parts.size() + " outcome rows");
        }
        for (RowDef r : Schema.t3Rows(otherSplit)) {
            List<CellKey> parts = new ArrayList<>();
            for (ColumnDef col : Schema.T3_COLUMNS) {
                if (!col.key().equals("total")) {
                    parts.add(t3(r.key(), col.key()));
                }
            }
            relation("T3-C", List.of(t3(r.key(), "total")), parts, "row " + r.key() + ": total = sum of the six applicant columns");
        }
    }

    private void t4() {
        boolean anyT4 = cells.keySet().stream().anyMatch(k -> k.table() == TableId.T4);
        if (!anyT4) {
            return;
        }
        for (String r : Schema.T4_ROWS) {
            CellKey total = new CellKey(TableId.T4, r, "total");
            List<CellKey> parts = List.of(new CellKey(TableId.T4, r, "upheld"), new CellKey(TableId.T4, r, "corrected"),
                    new CellKey(TableId.T4, r, "other_result"), new CellKey(TableId.T4, r, "pending"));
            relation("T4-A", List.of(total), parts, "row " + r + ": total = upheld + corrected + other_result + pending");
        }
    }

    private static CellKey t3(String row, String col) {
        return new CellKey(TableId.T3, row, col);
    }

    /**
     * Checks sum(left) = sum(right), an empty (blank or dash) cell read as 0: reports print blanks for zero, and
     * a number shifted into a blank cell must break a sum, not hide behind "not evaluable". Only a missing cell
     * (COMPLETE names it) or a relation of nothing but empty cells cannot be evaluated.
     */
    private void relation(String check, List<CellKey> left, List<CellKey> right, String what) {
        List<CellKey> all = new ArrayList<>(left);
        all.addAll(right);
        List<CellKey> missing = new ArrayList<>();
        List<CellKey> empty = new ArrayList<>();
        for (CellKey k : all) {
            ReportCell c = cells.get(k);
            if (c == null) {
                missing.add(k);
            } else if (c.value() == null) {
                empty.add(k);
            }
        }
        if (!missing.isEmpty()) {
            findings.add(new Finding(check, Finding.Status.NOT_EVALUABLE, all, null, null,
                    what + ": not evaluable, missing: " + summarize(missing)));
            return;
        }
        if (empty.size() == all.size()) {
            findings.add(new Finding(check, Finding.Status.NOT_EVALUABLE, all, null, null,
                    what + ": not evaluable, every cell empty"));
            return;
        }
        BigDecimal l = sum(left);
        BigDecimal r = sum(right);
        boolean ok = l.compareTo(r) == 0;
        String emptyNote = empty.isEmpty() ? "" : " (empty, read as 0: " + summarize(empty) + ")";
        findings.add(new Finding(check, ok ? Finding.Status.PASS : Finding.Status.FAIL, all, l, r,
                what + (ok ? "" : ": " + l.toPlainString() + " != " + r.toPlainString()) + emptyNote));
    }

    /** The sum of the cells' values, an empty cell counting 0. */
    private BigDecimal sum(List<CellKey> keys) {
        BigDecimal s = BigDecimal.ZERO;
        for (CellKey k : keys) {
            BigDecimal v = cells.get(k).value();
            s = v == null ? s : s.add(v);
        }
        return s;
    }

    private static String summarize(List<CellKey> keys) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.size() && i < 8; i++) {
            sb.append(i == 0 ? "" : " ").append(keys.get(i));
        }
        if (keys.size() > 8) {
            sb.append(" (+").append(keys.size() - 8).append(" more)");
        }
        return sb.toString();
    }
}
