package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.Identity;
import io.github.xxgk.report.Level;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.Format;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * H-rules-level reads the level the division list gives: 仙桃市 is a county-level city under 湖北省 directly
 * (GB/T 2260 429004), though its name alone (a 市 under no prefecture) reads as a prefecture, which could make 规章.
 */
class RulesLevelResolvedTest {

    private static final List<ReportCell> ONE_RULE = List.of(
            new ReportCell(new CellKey(TableId.T2, "rules", "issued"), BigDecimal.ONE, "", "1", null));

    private static List<Finding> rulesLevel(String agency, Level level) {
        return HeuristicChecks.check(agency, level, Format.F2021, ONE_RULE).stream()
                .filter(f -> f.check().equals("H-rules-level")).toList();
    }

    @Test
    void aCountyLevelCityCountingRulesIsFlaggedByItsResolvedLevel() {
        Identity id = Identity.of("仙桃市人民政府", 2021);
        assertEquals(Level.COUNTY, id.level());
        List<Finding> f = rulesLevel(id.agency(), id.level());
        assertEquals(1, f.size());
        assertEquals(Finding.Status.FAIL, f.get(0).status());
        assertTrue(rulesLevel(id.agency(), null).isEmpty(), "by its name alone it reads as a prefecture");
    }

    @Test
    void aPrefectureMayCountRules() {
        Identity id = Identity.of("淮安市人民政府", 2021);
        assertEquals(Level.PREFECTURE, id.level());
        assertTrue(rulesLevel(id.agency(), id.level()).isEmpty());
    }
}
