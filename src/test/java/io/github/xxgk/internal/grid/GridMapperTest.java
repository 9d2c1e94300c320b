package io.github.xxgk.internal.grid;

import io.github.xxgk.report.Report;
import io.github.xxgk.Xxgk;
import io.github.xxgk.internal.Pipeline;
import io.github.xxgk.report.Format;
import io.github.xxgk.report.TableId;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Hints;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout variants of docs/format.md "Layout variants" that the grid stage, not the normalizer, has to absorb. */
class GridMapperTest {

    private static String seed() throws Exception {
        return Files.readString(Path.of("fixtures/corpus/seed-gd-2023/seed.txt"), StandardCharsets.UTF_8);
    }

    private static Report extract(String text) throws Exception {
        return Xxgk.extract(text.getBytes(StandardCharsets.UTF_8), "variant.txt");
    }

    private static int value(Report r, TableId t, String row, String col) {
        return r.cell(t, row, col).orElseThrow(() -> new AssertionError(row + "." + col + " missing")).value().intValue();
    }

    @Test
    void t4HeaderOneCharacterPerLineAndAVariantHeading() throws Exception {
        // layout variants 1 and 7
        String text = seed().replaceFirst("四、政府信息公开行政复议、行政诉讼情况[\\s\\S]*?(1\t0\t3\t0\t4)",
                "四、因政府信息公开工作被申请行政复议提起行政诉讼情况\n结\t结\t其\t尚\n果\t果\t他\t未\n维\t纠\t结\t审\n持\t正\t果\t结\n$1");
        Report r = extract(text);
        assertEquals(1, value(r, TableId.T4, "review", "upheld"));
        assertEquals(3, value(r, TableId.T4, "review", "other_result"));
        assertEquals(4, value(r, TableId.T4, "review", "total"));
        assertEquals(0, value(r, TableId.T4, "litigation_after_review", "total"));
    }

    @Test
    void headerContinuationOnItsOwnRowAndBlankLegalPersonColumns() throws Exception {
        // layout variant 2: 商业|科研 then 企业|机构 on a row of their own; the grid is aligned, so blanks keep their columns
        List<Row> rows = new ArrayList<>();
        rows.add(Row.paragraph("某某局2022年政府信息公开工作年度报告", 0));
        rows.add(Row.paragraph("二、主动公开政府信息情况", 0));
        rows.add(row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
        rows.add(row("规章", "0", "0", "0"));
        rows.add(Row.paragraph("三、收到和处理政府信息公开申请情况", 0));
        rows.add(row("本列数据的勾稽关系", "", "", "申请人情况", "", "", "", "", "", ""));
        rows.add(row("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"));
        rows.add(row("", "", "", "", "商业", "科研", "社会公益组织", "法律服务机构", "其他", ""));
        rows.add(row("", "", "", "", "企业", "机构", "", "", "", ""));
        rows.add(row("一、本年新收政府信息公开申请数量", "", "", "5", "", "2", "", "", "", "7"));
        rows.add(row("（三）", "不予公开", "1.属于国家秘密", "1", "", "", "", "", "", "1"));   // label variant 6
        Report r = Pipeline.fromDocument(new SourceDocument("split.html", InputKind.HTML, rows, 0, Hints.NONE));
        assertEquals(5, value(r, TableId.T3, "new_received", "natural_person"));
        assertNull(r.cell(TableId.T3, "new_received", "commercial_enterprise").orElseThrow().value());
        assertEquals(2, value(r, TableId.T3, "new_received", "research_institution"));
        assertEquals(7, value(r, TableId.T3, "new_received", "total"));
        assertEquals(1, value(r, TableId.T3, "denied_state_secret", "total"));
    }

    @Test
    void truncatedTwoThousandNineteenHeadersResolveByPosition() throws Exception {
        // layout variant 4: 本年新 / 本年新 with 制作数量 / 公开数量 lost; layout variant 6: a caption line before the table
        String text = Files.readString(Path.of("fixtures/corpus/002/tabbed.txt"), StandardCharsets.UTF_8)
                .replace("信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", "信息内容\t本年新\t本年新\t对外公开总数量")
                .replace("二、主动公开政府信息情况", "二、主动公开政府信息情况\n该部分以表格形式报告。表格如下：");
        Report r = extract(text);
        assertEquals(Format.F2019, r.format());
        assertEquals(89, value(r, TableId.T2, "normative_documents", "newly_made"));
        assertEquals(89, value(r, TableId.T2, "normative_documents", "newly_published"));
    }

    @Test
    void normativeDocumentsWithoutXingzhengInA2021Table() throws Exception {
        // layout variant 5 (and report 012)
        Report r = extract(seed().replace("行政规范性文件\t2\t0\t4", "规范性文件\t2\t0\t4"));
        assertEquals(Format.F2021, r.format());
        assertEquals(4, value(r, TableId.T2, "normative_documents", "in_force"));
    }

    @Test
    void spaceSeparatedRowsWithoutTabsAreSplitIntoCells() throws Exception {
        Report r = extract(seed().replace("行政规范性文件\t2\t0\t4", "行政规范性文件 2 0 4"));
        assertEquals(2, value(r, TableId.T2, "normative_documents", "issued"));
        assertEquals(4, value(r, TableId.T2, "normative_documents", "in_force"));
    }

    @Test
    void aLabelThatMatchesNothingIsReportedNotDropped() throws Exception {
        Report r = extract(seed().replace("\t\t3.要求提供公开出版物\t0", "\t\t某某某某某某\t0"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("某某某某某某")), r.warnings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.check().equals("COMPLETE") && f.failed()
                && f.message().contains("t3.not_processed_publication.natural_person")));
    }

    @Test
    void aGarbledLabelPlacedByItsOrdinalAloneIsReported() throws Exception {
        Report r = extract(seed().replace("\t\t3.要求提供公开出版物\t0", "\t\t3.某某某某某某\t0"));
        assertEquals(0, value(r, TableId.T3, "not_processed_publication", "total"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("某某某某某某") && w.contains("not_processed_publication")),
                r.warnings().toString());
    }

    @Test
    void aBlankT2ValueCellIsAnEmptyValueNotAMissingCell() throws Exception {
        Report r = extract(seed().replace("行政强制\t0", "行政强制\t"));
        var coercion = r.cell(TableId.T2, "administrative_coercion", "decisions").orElseThrow();
        assertNull(coercion.value());
        assertEquals("", coercion.raw());
        assertTrue(r.findings().stream().anyMatch(f -> f.check().equals("COMPLETE") && !f.failed()));
    }

    @Test
    void aT3RowWithFewerCellsThanColumnsIsReported() throws Exception {
        Report r = extract(seed().replace("2.重复申请\t1\t0\t0\t0\t0\t0\t1", "2.重复申请\t1\t1"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("not_processed_duplicate has fewer cells")), r.warnings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.check().equals("COMPLETE") && f.failed()
                && f.message().contains("t3.not_processed_duplicate.research_institution")));
    }

    @Test
    void labelledT4WithABlankRowKeepsEachRowsValuesInItsRow() throws Exception {
        // t4 set as three labelled rows, 行政复议 printed all blank: skipping the blank row moved 未经复议直接起诉's
        // numbers into review, and every T4-A still held, so nothing failed
        String text = seed().replaceFirst("四、政府信息公开行政复议、行政诉讼情况[\\s\\S]*?1\t0\t3\t0\t4\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
                "四、政府信息公开行政复议、行政诉讼情况\n\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n行政复议\t\t\t\t\t\n"
                        + "未经复议直接起诉\t1\t0\t3\t0\t4\n复议后起诉\t2\t0\t0\t0\t2");
        Report r = extract(text);
        for (String col : List.of("upheld", "corrected", "other_result", "pending", "total")) {
            assertNull(r.cell(TableId.T4, "review", col).orElseThrow(() -> new AssertionError("review." + col + " missing")).value(),
                    "review." + col);
        }
        assertEquals(1, value(r, TableId.T4, "litigation_direct", "upheld"));
        assertEquals(3, value(r, TableId.T4, "litigation_direct", "other_result"));
        assertEquals(4, value(r, TableId.T4, "litigation_direct", "total"));
        assertEquals(2, value(r, TableId.T4, "litigation_after_review", "upheld"));
        assertEquals(2, value(r, TableId.T4, "litigation_after_review", "total"));
    }

    private static Row row(String... cells) {
        return new Row(List.of(cells).stream().map(Cell::of).toList(), 0, true);
    }
}
