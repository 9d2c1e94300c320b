package io.github.xxgk.internal.source.html;

import io.github.xxgk.internal.source.HtmlDocxCorpus;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.internal.source.Sources;

import io.github.xxgk.report.XxgkException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static io.github.xxgk.internal.source.HtmlDocxCorpus.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlSourceTest {

    private static SourceDocument read(String html) throws XxgkException {
        return new HtmlSource().read(html.getBytes(StandardCharsets.UTF_8), "test.html");
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(c -> c.continuation() ? "^" : c.text()).collect(Collectors.toList());
    }

    private static List<Row> tableRows(SourceDocument doc) {
        return doc.rows().stream().filter(Row::tableRow).toList();
    }

    static List<String> cases() throws IOException {
        return HtmlDocxCorpus.cases("source.html");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void corpusPagesGiveTheTruthValuesInTheirColumns(String id) throws Exception {
        Path file = HtmlDocxCorpus.CORPUS.resolve(id).resolve("source.html");
        SourceDocument doc = Sources.read(Files.readAllBytes(file), file.toString());
        assertEquals(InputKind.HTML, doc.kind());
        HtmlDocxCorpus.assertTables(id, doc.rows());
        Row licensing = find(doc.rows(), r -> r.tableRow() && r.cells().get(0).text().equals("行政许可"), "行政许可");
        var truth = HtmlDocxCorpus.truth(id);
        String col = truth.get("format").asText().equals("2019") ? "prior_year_items" : "decisions";
        assertEquals(HtmlDocxCorpus.truthValue(truth, "t2", "administrative_licensing", col),
                HtmlDocxCorpus.number(licensing.cells().get(1).text()), id);
    }

    @Test
    void titleBrokenByBrIsOneParagraphAndHeadingsAreParagraphs() throws Exception {
        Path file = HtmlDocxCorpus.CORPUS.resolve("009").resolve("source.html");
        SourceDocument doc = new HtmlSource().read(Files.readAllBytes(file), "009");
        assertEquals(Row.paragraph("洪泽区人民政府2023年政府信息公开工作年度报告", 0), doc.rows().get(0));
        assertEquals("洪泽区人民政府2023年政府信息公开工作年度报告", doc.hints().title());
        List<String> paragraphs = doc.rows().stream().filter(r -> !r.tableRow()).map(Row::text).toList();
        assertTrue(paragraphs.contains("二、主动公开政府信息情况"));
        assertTrue(paragraphs.contains("三、收到和处理政府信息公开申请情况"));
        assertTrue(paragraphs.contains("四、政府信息公开行政复议、行政诉讼情况"));
        assertTrue(paragraphs.indexOf("二、主动公开政府信息情况") < paragraphs.indexOf("三、收到和处理政府信息公开申请情况"));
    }

    @Test
    void rowspanAndColspanAreResolvedIntoTheRealGrid() throws Exception {
        SourceDocument doc = read("""
                <table>
                <tr><td rowspan="2" colspan="2">A</td><td>B</td></tr>
                <tr><td>C</td></tr>
                <tr><td>D</td><td colspan="2">E</td></tr>
                <tr><td rowspan="0">F</td><td>G</td></tr>
                <tr><td>H</td><td rowspan="5">I</td></tr>
                </table>""");
        List<Row> rows = tableRows(doc);
        assertEquals(5, rows.size(), "a rowspan past the last row does not add rows");
        assertEquals(List.of("A", "^", "B"), texts(rows.get(0)));
        assertEquals(List.of("^", "^", "C"), texts(rows.get(1)));
        assertEquals(List.of("D", "E", "^"), texts(rows.get(2)));
        assertEquals(List.of("F", "G", ""), texts(rows.get(3)), "a missing cell is an empty cell, not a span");
        assertEquals(List.of("^", "H", "I"), texts(rows.get(4)), "rowspan=0 covers the rest of the table");
    }

    @Test
    void t3HeaderKeepsValueColumnsInPlace() throws Exception {
        SourceDocument doc = read("""
                <table>
                <tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
                <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
                <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
                <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>7</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>7</td></tr>
                <tr><td rowspan="1">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>21</td></tr>
                </table>""");
        List<Row> rows = tableRows(doc);
        assertEquals(List.of("^", "^", "^", "^", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "^"), texts(rows.get(2)));
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开", "^", "7", "0", "0", "0", "0", "0", "7"), texts(rows.get(3)));
        assertEquals(List.of("^", "（三）不予公开", "1.属于国家秘密", "1", "2", "3", "4", "5", "6", "21"), texts(rows.get(4)));
    }

    @Test
    void nbspCellsAndBrInLabels() throws Exception {
        SourceDocument doc = read("""
                <table><tr><td>信息内容</td><td>本年新<br>制作数量</td><td>本年新<br/>
                  公开数量</td></tr>
                <tr><td>规章</td><td>&nbsp;0</td><td>&nbsp;</td></tr>
                <tr><td><p>行政</p><p>许可</p></td><td>1&nbsp;</td><td> 2 </td></tr></table>""");
        List<Row> rows = tableRows(doc);
        assertEquals(List.of("信息内容", "本年新\n制作数量", "本年新\n公开数量"), texts(rows.get(0)));
        assertEquals(List.of("规章", "0", ""), texts(rows.get(1)));
        assertEquals(List.of("行政\n许可", "1", "2"), texts(rows.get(2)));
    }

    @Test
    void headingsInDifferentTagsAndInsideATableRow() throws Exception {
        SourceDocument doc = read("""
                <body><h2>示例局2022年政府信息公开工作年度报告</h2>
                <div>一、总体情况</div><p>正文。</p>
                <p><strong>二、主动公开政府信息情况</strong></p>
                <table><tr><td>规章</td><td>0</td></tr></table>
                <div><span><b>三、收到和处理政府信息公开申请情况</b></span></div>
                <table><tr><td colspan="2"><strong>四、政府信息公开行政复议、行政诉讼情况</strong></td></tr><tr><td>1</td><td>2</td></tr></table>
                </body>""");
        List<Row> rows = doc.rows();
        assertEquals(Row.paragraph("示例局2022年政府信息公开工作年度报告", 0), rows.get(0));
        assertEquals(Row.paragraph("一、总体情况", 0), rows.get(1));
        assertEquals(Row.paragraph("正文。", 0), rows.get(2));
        assertEquals(Row.paragraph("二、主动公开政府信息情况", 0), rows.get(3));
        assertEquals(List.of("规章", "0"), texts(rows.get(4)));
        assertEquals(Row.paragraph("三、收到和处理政府信息公开申请情况", 0), rows.get(5));
        assertTrue(rows.get(6).tableRow());
        assertEquals(List.of("四、政府信息公开行政复议、行政诉讼情况", "^"), texts(rows.get(6)));
        assertEquals(8, rows.size());
    }

    @Test
    void nestedTablesGiveTheInnerRowsNotTheWrapperText() throws Exception {
        SourceDocument doc = read("""
                <table width="100%"><tr><td>
                  <p>二、主动公开政府信息情况</p>
                  <table><tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr></table>
                  <table><tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>行政许可</td><td colspan="3">4</td></tr></table>
                </td><td>侧栏</td></tr></table>""");
        assertEquals(List.of(
                        List.of("二、主动公开政府信息情况"),
                        List.of("第二十条第（一）项", "^", "^", "^"),
                        List.of("规章", "1", "2", "3"),
                        List.of("第二十条第（五）项", "^", "^", "^"),
                        List.of("行政许可", "4", "^", "^"),
                        List.of("侧栏")),
                doc.rows().stream().map(HtmlSourceTest::texts).toList());
        assertFalse(doc.rows().get(0).tableRow());
        assertTrue(doc.rows().get(1).tableRow());
    }

    @Test
    void gbkPageWithMetaCharset() throws Exception {
        String html = "<html><head><meta charset=\"gbk\"><title>示例局2021年政府信息公开工作年度报告</title></head>"
                + "<body><p>示例局2021年政府信息公开工作年度报告</p><table><tr><td>行政许可</td><td>５</td></tr></table></body></html>";
        byte[] gbk = html.getBytes(Charset.forName("GBK"));
        SourceDocument doc = Sources.read(gbk, "gbk.html");
        assertEquals(InputKind.HTML, doc.kind());
        assertEquals("示例局2021年政府信息公开工作年度报告", doc.rows().get(0).text());
        assertEquals(List.of("行政许可", "５"), texts(doc.rows().get(1)));
        assertEquals("示例局2021年政府信息公开工作年度报告", doc.hints().title());
    }

    @Test
    void gbkPageWithoutDeclarationIsDetected() throws Exception {
        String html = "<html><body><p>三、收到和处理政府信息公开申请情况</p><table><tr><td>一、本年新收政府信息公开申请数量</td>"
                + "<td>12</td></tr></table></body></html>";
        SourceDocument doc = new HtmlSource().read(html.getBytes(Charset.forName("GB18030")), "x.html");
        assertEquals("三、收到和处理政府信息公开申请情况", doc.rows().get(0).text());
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "12"), texts(doc.rows().get(1)));
    }

    @Test
    void gbkPageWronglyDeclaredAsLatin1IsDetected() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
                + "<body><p>示例局2021年政府信息公开工作年度报告</p></body></html>";
        SourceDocument doc = new HtmlSource().read(html.getBytes(Charset.forName("GBK")), "latin1.html");
        assertEquals("示例局2021年政府信息公开工作年度报告", doc.rows().get(0).text());
    }

    @Test
    void declaredCharsetFromMetaTagHttpEquivAndXmlProlog() {
        assertEquals("gbk", HtmlSource.declaredCharset("<meta charset='gbk'>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("gb2312", HtmlSource.declaredCharset(
                "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("GB18030", HtmlSource.declaredCharset(
                "<?xml version=\"1.0\" encoding=\"GB18030\"?><html>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(null, HtmlSource.declaredCharset("<html><body>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void savedGb2312PageWithNavigationMetadataBoxSplitT2AndExtraTables() throws Exception {
        Path file = Path.of("fixtures", "html", "saved-page-gb2312.html");
        SourceDocument doc = Sources.read(Files.readAllBytes(file), file.toString());
        assertEquals("示例县人民政府办公室", doc.hints().agency());
        assertEquals("示例县人民政府办公室2021年政府信息公开工作年度报告", doc.hints().title());

        String all = doc.rows().stream().map(Row::text).collect(Collectors.joining("\n"));
        for (String junk : List.of("document.write", "_hmt", "float", "当前位置", "索引号", "000014349", "综合政务",
                "相关文章", "上一篇", "版权所有", "2020年")) {
            assertFalse(all.contains(junk), "page furniture in the rows: " + junk);
        }
        List<Row> paragraphs = doc.rows().stream().filter(r -> !r.tableRow()).toList();
        Row title = find(paragraphs, r -> r.text().contains("年度报告"), "title");
        assertEquals("示例县人民政府办公室2021年政府信息公开工作年度报告", title.text());
        assertTrue(paragraphs.stream().anyMatch(r -> r.text().equals("一、总体情况")));
        assertTrue(paragraphs.stream().anyMatch(r -> r.text().equals("二、主动公开政府信息情况")));
        assertTrue(paragraphs.stream().anyMatch(r -> r.text().equals("四、政府信息公开行政复议、行政诉讼情况")));

        // t2 printed as four tables: all its rows, in order, four columns wide
        List<Row> rows = doc.rows();
        int first = rows.indexOf(find(rows, r -> r.text().equals("第二十条第（一）项"), "（一）"));
        List<List<String>> t2 = rows.subList(first, first + 14).stream().map(HtmlSourceTest::texts).toList();
        assertEquals(List.of("行政规范性文件", "3", "1", "27"), t2.get(3));
        assertEquals(List.of("第二十条第（五）项", "^", "^", "^"), t2.get(4));
        assertEquals(List.of("行政许可", "5", "^", "^"), t2.get(6));
        assertEquals(List.of("行政强制", "", "^", "^"), t2.get(10));
        assertEquals(List.of("行政事业性收费", "1.25", "^", "^"), t2.get(13));

        // t3: its heading is a table row; NBSP and <br> cells
        Row heading = find(rows, r -> r.text().equals("三、收到和处理政府信息公开申请情况"), "t3 heading");
        assertTrue(heading.tableRow());
        assertEquals(10, heading.cells().size());
        Row header = rows.get(rows.indexOf(heading) + 3);
        assertEquals(List.of("^", "^", "^", "^", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", "^"), texts(header));
        Row received = find(rows, r -> r.text().startsWith("一、本年新收"), "new_received");
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "^", "^", "10", "2", "0", "0", "0", "0", "12"), texts(received));
        Row other = find(rows, r -> r.text().contains("3.其他"), "3.其他");
        assertEquals(List.of("^", "^", "3.其他", "0", "0", "0", "0", "0", "0", "0"), texts(other));

        // t4 and the unrelated contact table after it
        Row t4 = find(rows, r -> r.cells().size() == 15 && r.cells().get(0).text().equals("1"), "t4 values");
        assertEquals("1", t4.cells().get(4).text());
        assertEquals(List.of("联系电话", "0000-1234567"), texts(rows.get(rows.size() - 1)));
    }

    @Test
    void metadataAsAListOrASourceLineGoesToHints() throws Exception {
        SourceDocument list = read("""
                <div class="detail"><ul class="xxgk-meta">
                  <li><span>索&nbsp;引&nbsp;号：</span>11320000/2024-00001</li>
                  <li><span>发文机关：</span><span>示例市统计局</span></li>
                  <li><span>成文日期：</span>2024-01-15</li>
                </ul>
                <p>示例市统计局2023年政府信息公开工作年度报告</p><p>一、总体情况</p></div>""");
        assertEquals("示例市统计局", list.hints().agency());
        assertEquals(List.of("示例市统计局2023年政府信息公开工作年度报告", "一、总体情况"),
                list.rows().stream().map(Row::text).toList());

        SourceDocument line = read("""
                <div class="head"><h1>示例镇2022年政府信息公开工作年度报告</h1>
                <div class="info">来源：示例镇人民政府　　发布时间：2023-01-10 09:30　浏览次数：88</div></div>
                <div class="article"><p>二、主动公开政府信息情况</p></div>""");
        assertEquals("示例镇人民政府", line.hints().agency());
        assertEquals(List.of("示例镇2022年政府信息公开工作年度报告", "二、主动公开政府信息情况"),
                line.rows().stream().map(Row::text).toList());

        SourceDocument inBox = read("""
                <table><tr><td>索引号：</td><td>x-1</td><td>发布机构：</td><td>示例局</td></tr>
                <tr><td colspan="4"><h2>示例局2021年政府信息公开工作年度报告</h2></td></tr></table>
                <p>一、总体情况</p>""");
        assertEquals("示例局", inBox.hints().agency());
        assertEquals(List.of("示例局2021年政府信息公开工作年度报告", "一、总体情况"),
                inBox.rows().stream().map(Row::text).toList());
    }

    @Test
    void pathologicalPagesDoNotBreakTheReader() throws Exception {
        String deep = "<body>" + "<div>".repeat(20000) + "二、主动公开政府信息情况" + "</div>".repeat(20000)
                + "<table><tr><td colspan=\"99999\" rowspan=\"99999\">x</td><td>y</td></tr><tr><td>z</td></tr></table></body>";
        SourceDocument doc = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> read(deep));
        assertEquals("二、主动公开政府信息情况", doc.rows().get(0).text());
        List<Row> table = tableRows(doc);
        assertEquals(2, table.size(), "a rowspan never adds rows");
        assertEquals(HtmlGrid.MAX_COLSPAN + 1, table.get(0).cells().size(), "colspan is capped as browsers cap it");
        assertEquals("y", table.get(0).cells().get(HtmlGrid.MAX_COLSPAN).text());
        assertTrue(table.get(1).cells().get(0).continuation());
        assertEquals("z", table.get(1).cells().get(HtmlGrid.MAX_COLSPAN).text());
    }

    @Test
    void emptyPageIsAClearError() {
        XxgkException e = assertThrows(XxgkException.class, () -> read("<html><head><script>x()</script></head><body> </body></html>"));
        assertEquals(XxgkException.Reason.EMPTY, e.reason());
    }
}
