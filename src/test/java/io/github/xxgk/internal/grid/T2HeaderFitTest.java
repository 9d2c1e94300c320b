package io.github.xxgk.internal.grid;

import io.github.xxgk.report.Report;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A garbled t2 block label never chooses the columns a row's values land in: where a 第二十条 block's heading and
 * header were garbled past reading, the header in force is the block before's, and a row standing under columns
 * its block does not have is placed in none (COMPLETE names its cells); the print decides wherever it can.
 */
class T2HeaderFitTest {

    private static final Path GARBLED = Path.of("fixtures/unruled/004-t2-garbled");

    private static List<String> completeNames(Report r) {
        return r.findings().stream().filter(f -> f.check().equals("COMPLETE") && f.failed())
                .flatMap(f -> f.cells().stream()).map(Object::toString).toList();
    }

    private static Report tabbed(String id, String... fromTo) throws Exception {
        String text = Files.readString(Path.of("fixtures/corpus", id, "tabbed.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertTrue(text.contains(fromTo[i]), fromTo[i]);
            text = text.replaceFirst(java.util.regex.Pattern.quote(fromTo[i]), fromTo[i + 1]);
        }
        return Xxgk.extract(text.getBytes(StandardCharsets.UTF_8), id + "-garbled.txt");
    }

    @Test
    void aRowUnderTheHeaderOfTheBlockBeforeIsPlacedInNoneOfItsColumns() throws Exception {
        // 004's Word document, block (五)'s heading and header garbled (笫二十朵笫（五)顼 / 信息内窖 本年处埋夬定敉量):
        // 行政许可 2293 stands under block (一)'s header 本年制发件数 本年废止件数 现行有效件数
        Truth truth = Truth.load(GARBLED.resolve("truth.json"));
        Report r = Xxgk.extract(GARBLED.resolve("source.docx"));
        assertEquals("2021", r.format().code());
        for (String col : List.of("issued", "repealed", "in_force", "decisions")) {
            assertTrue(r.cell(TableId.T2, "administrative_licensing", col).isEmpty(), "placed by a guess: " + col);
        }
        assertEquals(List.of("t2.administrative_licensing.decisions"), completeNames(r));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("administrative_licensing stands under the header of another")),
                r.warnings().toString());
        assertEquals(List.of(), truth.extra(r));
        assertEquals(truth.cells().size() - 1, truth.right(r), truth.wrong(r));
        assertEquals(List.of(), truth.silent(r));
    }

    @Test
    void theUnruledPrintOfTheSameDocumentPlacesTheRowByItsOwnBlock() throws Exception {
        // unruled, the garbled header is a line of text over the value column; the row is placed by its block's
        // own columns in the format the other headers decide
        Truth truth = Truth.load(GARBLED.resolve("truth.json"));
        Report r = Xxgk.extract(GARBLED.resolve("plain.pdf"));
        assertEquals("", truth.wrong(r));
        assertEquals(new BigDecimal("2293"), r.cell(TableId.T2, "administrative_licensing", "decisions").orElseThrow().value());
    }

    @Test
    void aProcurementRowUnderTheFeeHeaderIsPlacedInNeither() throws Exception {
        // 2019 (002): block (九)'s heading and header garbled; 政府集中采购 135 75394432.52元 stands under (八)'s
        // 上一年项目数量 本年增/减
        Truth truth = Truth.load("002");
        Report r = tabbed("002", "第二十条第（九）项", "第二十糸笫(九〉项", "信息内容\t采购项目数量\t采购总金额", "信息内窖\t釆购顼目数虽\t采胸总金頟");
        assertEquals("2019", r.format().code());
        assertTrue(r.cell(TableId.T2, "centralized_procurement", "procurement_items").isEmpty());
        assertTrue(r.cell(TableId.T2, "centralized_procurement", "prior_year_items").isEmpty());
        List<String> named = completeNames(r);
        assertTrue(named.containsAll(List.of("t2.centralized_procurement.procurement_items", "t2.centralized_procurement.procurement_amount")),
                named.toString());
        assertEquals(List.of(), truth.extra(r));
        assertEquals(List.of(), truth.silent(r));
        assertEquals(truth.cells().size() - 2, truth.right(r), truth.wrong(r));
    }

    @Test
    void aFeeRowUnderAHeaderWhoseExtraColumnItLeavesBlankIsReadUnderItsOwnColumns() throws Exception {
        // 2019 (002): block (八)'s heading and header garbled; 行政事业性收费 35 0 stands under (六)'s 上一年项目数量
        // 本年增/减 处理决定数量, the first two its own columns, nothing under the third
        Truth truth = Truth.load("002");
        Report r = tabbed("002", "第二十条第（八）项", "笫二十条第(八）顶", "信息内容\t上一年项目数量\t本年增/减\t\t", "信息内窖\t上一年顼目数虽\t本年増/咸\t\t");
        assertEquals(new BigDecimal("35"), r.cell(TableId.T2, "administrative_fees", "prior_year_items").orElseThrow().value());
        assertEquals(0, r.cell(TableId.T2, "administrative_fees", "change").orElseThrow().value().signum());
        assertEquals(List.of(), truth.extra(r));
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
    }
}
