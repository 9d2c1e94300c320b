package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.report.TableId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heuristic cross-check of docs/format.md: the counts that 一、总体情况 states in words (新收, 予以公开, …,
 * 行政复议 N 宗) against the tables. Narratives count in their own ways, so these findings are flagged as
 * heuristic in their message; a statement the narrative does not make gives no finding.
 */
public final class NarrativeCheck {

    private record Rule(String check, Pattern pattern, List<CellKey> cells, String what) {
    }

    private static final String N = "(\\d+)(?:件|宗|起|个|条)";
    private static final String GAP = "[^,，。;；:：]{0,12}?";

    private static final List<Rule> RULES = List.of(
            rule("N-new_received", "(?:新收|收到|新受理)" + GAP + "申请" + GAP + N, "new_received", "new applications"),
            rule("N-handled", "共(?:办理|处理)" + GAP + N, List.of(t3("new_received"), t3("carried_over")),
                    "applications handled (new + carried over)"),
            rule("N-carried_over", "上年(?:度)?结转" + GAP + N, "carried_over", "carried over"),
            rule("N-granted", "予以公开(?:的)?" + N, "granted", "granted"),
            rule("N-partially_granted", "部分公开(?:的)?" + N, "partially_granted", "partially granted"),
            rule("N-denied", "不予公开(?:的)?" + N, Schema.DENIED, "denied"),
            rule("N-unavailable", "无法提供(?:的)?" + N, Schema.UNAVAILABLE, "unavailable"),
            rule("N-not_processed", "不予(?:处理|受理)(?:的)?" + N, Schema.NOT_PROCESSED, "not processed"),
            rule("N-carried_forward", N + "(?:结转|转入?|转至)下(?:一)?年度", "carried_forward", "carried forward"),
            rule("N-review", "行政复议(?:案件|申请)?" + N,
                    List.of(new CellKey(TableId.T4, "review", "total")), "administrative reviews"),
            rule("N-litigation", "行政诉讼(?:案件)?" + N,
                    List.of(new CellKey(TableId.T4, "litigation_direct", "total"), new CellKey(TableId.T4, "litigation_after_review", "total")),
                    "lawsuits"));

    private NarrativeCheck() {
    }

    private static CellKey t3(String row) {
        return new CellKey(TableId.T3, row, "total");
    }

    private static Rule rule(String check, String regex, String rowOrBlock, String what) {
        List<CellKey> cells = new ArrayList<>();
        boolean block = false;
        for (var r : Schema.T3_ALL_ROWS) {
            if (rowOrBlock.equals(r.block())) {
                cells.add(t3(r.key()));
                block = true;
            }
        }
        if (!block) {
            cells.add(t3(rowOrBlock));
        }
        return new Rule(check, Pattern.compile(regex), cells, what);
    }

    private static Rule rule(String check, String regex, List<CellKey> cells, String what) {
        return new Rule(check, Pattern.compile(regex), cells, what);
    }

    public static List<Finding> check(String narrative, List<ReportCell> reportCells) {
        if (narrative == null || narrative.isBlank()) {
            return List.of();
        }
        Map<CellKey, ReportCell> byKey = new HashMap<>();
        for (ReportCell c : reportCells) {
            byKey.put(c.key(), c);
        }
        String text = LabelNormalizer.text(narrative);
        List<Finding> out = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            if (!m.find()) {
                continue;
            }
            BigDecimal stated = new BigDecimal(m.group(1));
            List<CellKey> present = rule.cells().stream().filter(byKey::containsKey).toList();
            if (present.isEmpty()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<CellKey> empty = new ArrayList<>();
            for (CellKey k : present) {
                BigDecimal v = byKey.get(k).value();
                if (v == null) {
                    empty.add(k);
                } else {
                    sum = sum.add(v);
                }
            }
            String quote = "'" + m.group() + "'";
            if (!empty.isEmpty() && empty.size() == present.size()) {
                out.add(new Finding(rule.check(), Finding.Status.NOT_EVALUABLE, present, stated, null,
                        "heuristic: narrative says " + quote + " but the table cells are empty"));
                continue;
            }
            boolean ok = sum.compareTo(stated) == 0;
            out.add(new Finding(rule.check(), ok ? Finding.Status.PASS : Finding.Status.FAIL, present, stated, sum,
                    "heuristic: narrative " + quote + " vs table " + rule.what() + " " + sum.toPlainString()));
        }
        return out;
    }
}
