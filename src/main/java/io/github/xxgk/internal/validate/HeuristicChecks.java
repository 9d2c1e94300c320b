package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.Level;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.Format;
import io.github.xxgk.report.TableId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The heuristic checks docs/format.md asks to flag (never to fix): 规章 counted by an agency whose level cannot
 * make 规章 (H-rules-level), and 2019 reports whose 处理决定数量 is filled as 上一年项目数量 + 本年增/减 on every row
 * (H-decisions-as-items, docs/format.md "Decisions counted as items").
 */
public final class HeuristicChecks {

    private HeuristicChecks() {
    }

    public static List<Finding> check(String agency, Format format, List<ReportCell> cells) {
        return check(agency, null, format, cells);
    }

    /**
     * @param resolved the agency's level as resolved against the division list, null when it did not resolve to
     *                 one level (the level its name's division words say is used then)
     */
    public static List<Finding> check(String agency, Level resolved, Format format, List<ReportCell> cells) {
        Map<CellKey, ReportCell> byKey = new HashMap<>();
        cells.forEach(c -> byKey.put(c.key(), c));
        List<Finding> out = new ArrayList<>();
        AgencyLevel level = resolved == null ? AgencyLevel.of(agency) : AgencyLevel.valueOf(resolved.name());
        rulesLevel(agency, level, format, byKey, out);
        if (format == Format.F2019) {
            decisionsAsItems(byKey, out);
        }
        return out;
    }

    private static void rulesLevel(String agency, AgencyLevel level, Format format, Map<CellKey, ReportCell> cells,
                                   List<Finding> out) {
        if (level.canMakeRules()) {
            return;
        }
        List<CellKey> keys = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (ReportCell c : cells.values()) {
            if (c.key().table() == TableId.T2 && c.key().row().equals("rules") && c.value() != null) {
                keys.add(c.key());
                sum = sum.add(c.value().abs());
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        keys.sort(java.util.Comparator.comparing(CellKey::toString));
        boolean counted = sum.signum() > 0;
        out.add(new Finding("H-rules-level", counted ? Finding.Status.FAIL : Finding.Status.PASS, keys, sum, BigDecimal.ZERO,
                "heuristic: " + agency + " is at county level or below, which cannot make 规章"
                        + (counted ? ", yet t2 counts 规章" : "; t2 counts none")));
    }

    private static void decisionsAsItems(Map<CellKey, ReportCell> cells, List<Finding> out) {
        List<CellKey> read = new ArrayList<>();
        int rows = 0;
        int equal = 0;
        for (String row : List.of("administrative_licensing", "other_external_services", "administrative_penalty", "administrative_coercion")) {
            ReportCell prior = cells.get(new CellKey(TableId.T2, row, "prior_year_items"));
            ReportCell change = cells.get(new CellKey(TableId.T2, row, "change"));
            ReportCell decisions = cells.get(new CellKey(TableId.T2, row, "decisions"));
            if (prior == null || change == null || decisions == null
                    || prior.value() == null || change.value() == null || decisions.value() == null) {
                continue;
            }
            read.add(decisions.key());
            read.add(prior.key());
            read.add(change.key());
            rows++;
            if (prior.value().add(change.value()).compareTo(decisions.value()) == 0) {
                equal++;
            }
        }
        if (rows == 0) {
            return;
        }
        boolean suspicious = equal == rows && rows >= 2;
        out.add(new Finding("H-decisions-as-items", suspicious ? Finding.Status.FAIL : Finding.Status.PASS, read,
                BigDecimal.valueOf(equal), BigDecimal.valueOf(rows),
                "heuristic: decisions == prior_year_items + change on " + equal + " of " + rows + " rows"
                        + (suspicious ? " (处理决定数量 looks filled with the item count)" : "")));
    }
}
