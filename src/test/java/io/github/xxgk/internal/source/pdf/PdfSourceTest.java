package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF reader on committed fixtures: the corpus's PDF variants and the generated ones of fixtures/pdf. */
class PdfSourceTest {

    private static final Path CORPUS = Path.of("fixtures/corpus");
    private static final Path PDF = Path.of("fixtures/pdf");

    private static SourceDocument read(Path p) throws IOException, XxgkException {
        return new PdfSource().read(Files.readAllBytes(p), p.toString());
    }

    /** The table row whose first non-blank cell starts with the label, or fails. */
    private static Row row(SourceDocument d, String label) {
        return d.rows().stream()
                .filter(Row::tableRow)
                .filter(r -> r.cells().stream().anyMatch(c -> !c.continuation() && c.text().startsWith(label)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table row labelled " + label));
    }

    /** The texts of the cells right of the label cell, spanned positions skipped. */
    private static List<String> values(Row r) {
        int label = 0;
        for (int i = 0; i < r.cells().size(); i++) {
            if (r.cells().get(i).text().matches(".*\\p{IsHan}.*")) {
                label = i;
            }
        }
        return r.cells().subList(label + 1, r.cells().size()).stream()
                .filter(c -> !c.continuation()).map(Cell::text).collect(Collectors.toList());
    }

    @Test
    void ruledBrowserPrintGivesTheT3RowsWithTheirPage() throws Exception {
        SourceDocument d = read(CORPUS.resolve("004/chrome.pdf"));
        assertEquals(InputKind.PDF, d.kind());
        assertEquals(3, d.pages());
        Row r = row(d, "一、本年新收政府信息公开申请数量");
        assertEquals(List.of("64", "0", "0", "2", "0", "4", "70"), values(r));
        assertEquals(2, r.page());
        assertEquals(List.of("22", "0", "0", "0", "0", "3", "25"), values(row(d, "1.本机关不掌握相关政府信息")));
        // a t2 decimal and the title line as a paragraph
        assertEquals(List.of("24252.311082"), values(row(d, "行政事业性收费")));
        assertTrue(d.rows().stream().anyMatch(x -> !x.tableRow() && x.text().contains("平潭综合实验区2021年政府信息公开工作年度报告")),
                "title kept as a paragraph");
    }

    @Test
    void headerCellsWithOneCharacterALineAreJoined() throws Exception {
        SourceDocument d = read(CORPUS.resolve("004/chrome.pdf"));
        Row header = row(d, "自然人");
        List<String> texts = header.cells().stream().filter(c -> !c.continuation()).map(Cell::text).toList();
        assertTrue(texts.contains("自然人"), texts.toString());
        assertTrue(texts.contains("法人或其他组织"), texts.toString());
        Row sub = row(d, "商业企业");
        assertTrue(sub.cells().stream().map(Cell::text).toList().containsAll(List.of("科研机构", "社会公益组织", "法律服务机构", "其他")));
    }

    @Test
    void mergedLabelsSitAtTheirTopLeftAndCoverTheirRows() throws Exception {
        SourceDocument d = read(CORPUS.resolve("004/chrome.pdf"));
        List<Row> t3 = d.rows().stream().filter(Row::tableRow).toList();
        int first = t3.indexOf(row(d, "三、本年度办理结果"));
        Row denied = row(d, "（三）不予公开");
        int at = t3.indexOf(denied);
        assertEquals("1.属于国家秘密", denied.cells().get(2).text());
        // the next seven rows: column 1 is covered by （三）不予公开, column 0 by 三、本年度办理结果
        for (int i = at + 1; i < at + 8; i++) {
            assertTrue(t3.get(i).cells().get(1).continuation(), "row " + i + " " + t3.get(i));
            assertTrue(t3.get(i).cells().get(0).continuation(), "row " + i + " " + t3.get(i));
        }
        assertTrue(first < at);
        // the label wrapped inside its cell is one text
        assertTrue(row(d, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）").tableRow());
    }

    @Test
    void t3OverThreePagesKeepsOneColumnCountAndJoinsLabelsCutByTheBreak() throws Exception {
        // the clipped Word PDF: its t3 runs over three pages with labels cut by the breaks (总计 is off the page)
        SourceDocument d = read(CORPUS.resolve("009/clipped.pdf"));
        Row start = row(d, "一、本年新收政府信息公开申请数量");
        Row end = row(d, "四、结转下年度继续办理");
        List<Row> rows = d.rows();
        List<Row> t3 = rows.subList(rows.indexOf(start), rows.indexOf(end) + 1);
        assertEquals(2, start.page());
        assertEquals(4, end.page());
        assertTrue(t3.stream().anyMatch(r -> r.page() == 3));
        assertTrue(t3.stream().allMatch(r -> r.cells().size() == start.cells().size()), "one width for every part");
        // "三、本年度" / "办理结果" and "（五）不" / "予处理" were cut by page breaks
        assertEquals(List.of("0", "0", "0", "0", "0", "0"), values(row(d, "三、本年度办理结果")));
        Row petition = row(d, "（五）不予处理");
        assertEquals(3, petition.page());
        assertEquals(List.of("1", "0", "0", "0", "0", "0"), values(petition));
        assertTrue(t3.stream().noneMatch(r -> r.text().equals("办理结果") || r.text().equals("予处理")));
    }

    @Test
    void ownerPasswordPdfIsReadLikeItsOriginal() throws Exception {
        SourceDocument locked = read(CORPUS.resolve("004/locked.pdf"));
        SourceDocument writer = read(CORPUS.resolve("004/writer.pdf"));
        assertEquals(writer.rows(), locked.rows());
        assertEquals(List.of("27", "0", "0", "2", "0", "1", "30"), values(row(locked, "三、本年度办理结果")));
    }

    @Test
    void wpsExportWithVerticalLabelAndShading() throws Exception {
        SourceDocument d = read(CORPUS.resolve("009/published.pdf"));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), values(row(d, "三、本年度办理结果")));
        assertEquals(List.of("10", "0", "0", "0", "0", "0", "10"), values(row(d, "1.本机关不掌握相关政府信息")));
        assertEquals(List.of("7730.28"), values(row(d, "行政事业性收费")));
        Row t4 = d.rows().stream().filter(Row::tableRow).filter(r -> r.text().startsWith("10 1 0")).findFirst().orElseThrow();
        assertEquals("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0", t4.text());
    }

    @Test
    void rotatedPagesAreTurnedUpright() throws Exception {
        SourceDocument d = read(PDF.resolve("rotated-90.pdf"));
        assertEquals(List.of("64", "0", "0", "2", "0", "4", "70"), values(row(d, "一、本年新收政府信息公开申请数量")));
        SourceDocument e = read(PDF.resolve("rotated-270.pdf"));
        assertEquals(List.of("21", "0", "0", "0", "0", "0", "21"), values(row(e, "一、本年新收政府信息公开申请数量")));
    }

    @Test
    void badInputsGiveOneClearReason() {
        // a scan of about 60 dpi: OCR reads its page, finds table 三 by its header but no title and no label that tells
        // the two formats apart, and the reason says so
        XxgkException scan = assertThrows(XxgkException.class, () -> Xxgk.extract(PDF.resolve("scan.pdf")));
        assertEquals(Reason.NEEDS_OCR, scan.reason());
        assertTrue(scan.getMessage().startsWith("no text layer, needs OCR (OCR read its 1 page and found tables, but no label"),
                scan.getMessage());
        XxgkException pw = assertThrows(XxgkException.class, () -> read(PDF.resolve("user-password.pdf")));
        assertEquals(Reason.ENCRYPTED, pw.reason());
        for (String f : List.of("truncated.pdf", "corrupt.pdf")) {
            XxgkException e = assertThrows(XxgkException.class, () -> read(PDF.resolve(f)));
            assertEquals(Reason.CORRUPT, e.reason(), f);
            assertFalse(e.describe().contains("\n"), "one line: " + e.describe());
            assertTrue(e.getMessage().startsWith("corrupt PDF"), e.getMessage());
        }
    }

    @Test
    void aPdfWithoutReportTablesGivesParagraphsOnly() throws Exception {
        SourceDocument d = read(PDF.resolve("no-tables.pdf"));
        assertEquals(1, d.pages());
        assertTrue(d.rows().stream().noneMatch(r -> r.tableRow() && r.text().matches(".*\\d.*")));
        assertTrue(d.rows().stream().anyMatch(r -> r.text().contains("一、总体情况")));
        XxgkException e = assertThrows(XxgkException.class, () -> Xxgk.extract(PDF.resolve("no-tables.pdf")));
        assertTrue(e.reason() == Reason.NO_TABLES || e.reason() == Reason.NOT_A_REPORT, e.reason().code());
    }

    @Test
    void endToEndThroughTheApiFillsValuesAndPages() throws Exception {
        Report r = Xxgk.extract(CORPUS.resolve("004/chrome.pdf"));
        assertEquals(2021, r.year());
        ReportCell total = r.cell(TableId.T3, "new_received", "total").orElseThrow();
        assertEquals(0, new BigDecimal("70").compareTo(total.value()));
        assertEquals(2, total.page());
        Optional<ReportCell> fee = r.cell(TableId.T2, "administrative_fees", "amount");
        assertEquals(0, new BigDecimal("24252.311082").compareTo(fee.orElseThrow().value()));
        ReportCell direct = r.cell(TableId.T4, "litigation_direct", "total").orElseThrow();
        assertEquals(0, new BigDecimal("12").compareTo(direct.value()));
        assertEquals(3, direct.page());

        Report pub = Xxgk.extract(CORPUS.resolve("009/published.pdf"));
        assertEquals(0, new BigDecimal("10").compareTo(pub.cell(TableId.T4, "review", "upheld").orElseThrow().value()));
        assertEquals(4, pub.cell(TableId.T4, "review", "upheld").orElseThrow().page());
    }
}
