package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.Report;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each relation of docs/format.md against a copy of the seed whose published numbers break it. */
class RelationsTest {

    private static final Path DIR = Path.of("fixtures", "relations");

    private static List<Finding> findings(String file, String check, Finding.Status status) throws Exception {
        Report r = Xxgk.extract(DIR.resolve(file));
        return r.findings().stream().filter(f -> f.check().equals(check) && f.status() == status).toList();
    }

    private static String cells(Finding f) {
        return String.join(" ", f.cells().stream().map(Object::toString).toList());
    }

    @Test
    void t3aBreaksPerColumn() throws Exception {
        List<Finding> failed = findings("t3a-broken.txt", "T3-A", Finding.Status.FAIL);
        assertEquals(2, failed.size(), failed.toString());
        Finding np = failed.get(0);
        assertEquals("t3.new_received.natural_person t3.carried_over.natural_person t3.total_processed.natural_person "
                + "t3.carried_forward.natural_person", cells(np));
        assertEquals(114, np.left().intValue());
        assertEquals(113, np.right().intValue());
        assertTrue(cells(failed.get(1)).contains("t3.carried_forward.total"));
    }

    @Test
    void t3bBreaksWhenAnOutcomeRowDoesNotAddUp() throws Exception {
        List<Finding> failed = findings("t3b-broken.txt", "T3-B", Finding.Status.FAIL);
        assertEquals(2, failed.size(), failed.toString());
        assertTrue(cells(failed.get(0)).startsWith("t3.total_processed.natural_person t3.granted.natural_person"));
        assertEquals(108, failed.get(0).left().intValue());
        assertEquals(109, failed.get(0).right().intValue());
        assertTrue(cells(failed.get(0)).contains("t3.other_other.natural_person"), "2021 sub-rows of （六） are summed");
    }

    @Test
    void t3cBreaksPerRow() throws Exception {
        List<Finding> failed = findings("t3c-broken.txt", "T3-C", Finding.Status.FAIL);
        assertEquals(1, failed.size(), failed.toString());
        assertTrue(cells(failed.get(0)).startsWith("t3.not_processed_duplicate.total t3.not_processed_duplicate.natural_person"));
        assertEquals(2, failed.get(0).left().intValue());
        assertEquals(1, failed.get(0).right().intValue());
    }

    @Test
    void t4aBreaksPerRow() throws Exception {
        List<Finding> failed = findings("t4a-broken.txt", "T4-A", Finding.Status.FAIL);
        assertEquals(1, failed.size());
        assertEquals("t4.review.total t4.review.upheld t4.review.corrected t4.review.other_result t4.review.pending", cells(failed.get(0)));
        assertEquals(5, failed.get(0).left().intValue());
        assertEquals(4, failed.get(0).right().intValue());
    }

    /** A dash in place of 8 is no value; read as 0 it breaks both relations through it, and they name it empty. */
    @Test
    void aDashIsNoValueAndItsRelationsReadItAsZero() throws Exception {
        Report r = Xxgk.extract(DIR.resolve("t3-dash.txt"));
        var cell = r.cell(TableId.T3, "new_received", "commercial_enterprise").orElseThrow();
        assertEquals(null, cell.value());
        assertEquals("—", cell.raw());
        List<Finding> failed = r.failures();
        assertEquals(List.of("T3-A", "T3-C"), failed.stream().map(Finding::check).toList(), failed.toString());
        for (Finding f : failed) {
            assertTrue(f.cells().stream().anyMatch(k -> k.toString().equals("t3.new_received.commercial_enterprise")));
            assertTrue(f.message().contains("empty, read as 0: t3.new_received.commercial_enterprise"), f.message());
        }
        // T3-A commercial_enterprise: 0 + 0 = 8 + 0 published around the dash
        assertEquals(0, failed.get(0).left().intValue());
        assertEquals(8, failed.get(0).right().intValue());
        // T3-C new_received: 122 = 113 + 0 + 0 + 1 + 0 + 0
        assertEquals(122, failed.get(1).left().intValue());
        assertEquals(114, failed.get(1).right().intValue());
        assertTrue(r.findings().stream().noneMatch(f -> f.status() == Finding.Status.NOT_EVALUABLE && f.check().startsWith("T")));
    }

    /** Only a relation reading a missing cell, or nothing but empty cells, is not evaluable. */
    @Test
    void missingOrAllEmptyCellsAreNotEvaluable() throws Exception {
        // the seed with t4's review row printed as dashes only and the line's last cell (after_review total) cut off
        Report r = Xxgk.extract(DIR.resolve("t4-empty-and-missing.txt"));
        Finding review = t4(r, "review");
        assertEquals(Finding.Status.NOT_EVALUABLE, review.status(), review.message());
        assertTrue(review.message().contains("every cell empty"), review.message());
        assertEquals(Finding.Status.PASS, t4(r, "litigation_direct").status());
        Finding after = t4(r, "litigation_after_review");
        assertEquals(Finding.Status.NOT_EVALUABLE, after.status(), after.message());
        assertTrue(after.message().contains("missing: t4.litigation_after_review.total"), after.message());
        Finding complete = r.findings().get(0);
        assertEquals(Finding.Status.FAIL, complete.status());
        assertTrue(complete.cells().stream().anyMatch(k -> k.toString().equals("t4.litigation_after_review.total")));
    }

    private static Finding t4(Report r, String row) {
        return r.findings().stream().filter(f -> f.check().equals("T4-A") && f.cells().get(0).row().equals(row)).findFirst().orElseThrow();
    }

    @Test
    void theConsistentSeedPassesEveryRelation() throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures/corpus/seed-gd-2023/seed.txt"));
        long t3a = r.findings().stream().filter(f -> f.check().equals("T3-A") && f.status() == Finding.Status.PASS).count();
        long t3c = r.findings().stream().filter(f -> f.check().equals("T3-C") && f.status() == Finding.Status.PASS).count();
        assertEquals(7, t3a);
        assertEquals(25, t3c);
        assertEquals("COMPLETE", r.findings().get(0).check());
        assertEquals(Finding.Status.PASS, r.findings().get(0).status());
    }

    @Test
    void rulesCountedByACountyLevelAgencyAreFlagged() throws Exception {
        String text = java.nio.file.Files.readString(Path.of("fixtures/corpus/009/tabbed.txt"));
        Report ok = Xxgk.extract(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "009.txt");
        Finding pass = ok.findings().stream().filter(f -> f.check().equals("H-rules-level")).findFirst().orElseThrow();
        assertEquals(Finding.Status.PASS, pass.status());
        Report r = Xxgk.extract(text.replace("规章\t0\t0\t0", "规章\t0\t0\t6").getBytes(java.nio.charset.StandardCharsets.UTF_8), "009.txt");
        Finding f = r.findings().stream().filter(x -> x.check().equals("H-rules-level")).findFirst().orElseThrow();
        assertEquals(Finding.Status.FAIL, f.status());
        assertTrue(cells(f).contains("t2.rules.in_force"));
        assertEquals(6, r.cell(TableId.T2, "rules", "in_force").orElseThrow().value().intValue(), "flagged, not changed");
        // a provincial government (自治区, not a bare 区) does make 规章: no flag
        String province = text.replace("规章\t0\t0\t0", "规章\t0\t0\t6").replaceFirst("洪泽区人民政府2023年", "广西壮族自治区人民政府2023年");
        Report p = Xxgk.extract(province.getBytes(java.nio.charset.StandardCharsets.UTF_8), "009.txt");
        assertEquals("广西壮族自治区人民政府", p.agency());
        assertTrue(p.findings().stream().noneMatch(x -> x.check().equals("H-rules-level")), p.findings().toString());
    }

    @Test
    void twoThousandNineteenDecisionsFilledWithTheItemCountAreFlagged() throws Exception {
        String text = java.nio.file.Files.readString(Path.of("fixtures/corpus/002/tabbed.txt"))
                .replace("行政许可\t396\t0\t181", "行政许可\t1168\t+173\t1341")
                .replace("其他对外管理服务事项\t10\t0\t153", "其他对外管理服务事项\t22\t+1\t23")
                .replace("行政处罚\t2648\t0\t430", "行政处罚\t2\t-2\t0")
                .replace("行政强制\t126\t0\t25", "行政强制\t126\t0\t126");
        Report r = Xxgk.extract(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "002.txt");
        Finding f = r.findings().stream().filter(x -> x.check().equals("H-decisions-as-items")).findFirst().orElseThrow();
        assertEquals(Finding.Status.FAIL, f.status(), f.message());
        assertEquals(-2, r.cell(TableId.T2, "administrative_penalty", "change").orElseThrow().value().intValue());
        assertEquals("+173", r.cell(TableId.T2, "administrative_licensing", "change").orElseThrow().raw());
        Report published = Xxgk.extract(Path.of("fixtures/corpus/002/tabbed.txt"));
        assertEquals(Finding.Status.PASS, published.findings().stream()
                .filter(x -> x.check().equals("H-decisions-as-items")).findFirst().orElseThrow().status());
    }
}
