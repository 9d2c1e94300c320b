package io.github.xxgk.internal.source.word;

import io.github.xxgk.internal.source.HtmlDocxCorpus;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.internal.source.Sources;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxSourceTest {

    static List<String> cases() throws IOException {
        return HtmlDocxCorpus.cases("source.docx");
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(c -> c.continuation() ? "^" : c.text()).toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void corpusDocumentsGiveTheTruthValuesInTheirColumns(String id) throws Exception {
        Path file = HtmlDocxCorpus.CORPUS.resolve(id).resolve("source.docx");
        SourceDocument doc = Sources.read(Files.readAllBytes(file), file.toString());
        assertEquals(InputKind.DOCX, doc.kind());
        HtmlDocxCorpus.assertTables(id, doc.rows());
        assertFalse(doc.rows().get(0).tableRow());
        assertTrue(doc.rows().get(0).text().contains("年度报告"), id + ": the title comes first");
    }

    @Test
    void titleWithALineBreakIsOneParagraph() throws Exception {
        Path file = HtmlDocxCorpus.CORPUS.resolve("009").resolve("source.docx");
        SourceDocument doc = new DocxSource().read(Files.readAllBytes(file), "009");
        assertEquals(Row.paragraph("洪泽区人民政府2023年政府信息公开工作年度报告", 0), doc.rows().get(0));
        List<String> paragraphs = doc.rows().stream().filter(r -> !r.tableRow()).map(Row::text).toList();
        assertTrue(paragraphs.indexOf("二、主动公开政府信息情况") < paragraphs.indexOf("三、收到和处理政府信息公开申请情况"));
        assertTrue(paragraphs.contains("四、政府信息公开行政复议、行政诉讼情况"));
    }

    /**
     * Cell specs: "text", "text|gs=N" (gridSpan), "text|vm=restart", "|vm=continue", "|vm" (vMerge without a
     * value, which also means continue); "\n" starts a new paragraph in the cell.
     */
    private static void fill(CTTbl tbl, String[][] rows) {
        for (String[] row : rows) {
            CTRow tr = tbl.addNewTr();
            for (String spec : row) {
                String[] parts = spec.split("\\|", -1);
                CTTc tc = tr.addNewTc();
                CTTcPr pr = tc.addNewTcPr();
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].startsWith("gs=")) {
                        pr.addNewGridSpan().setVal(new BigInteger(parts[i].substring(3)));
                    } else if (parts[i].equals("vm=restart")) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    } else if (parts[i].equals("vm=continue")) {
                        pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    } else if (parts[i].equals("vm")) {
                        pr.addNewVMerge();
                    }
                }
                for (String line : parts[0].split("\n", -1)) {
                    CTP p = tc.addNewP();
                    if (!line.isEmpty()) {
                        p.addNewR().addNewT().setStringValue(line);
                    }
                }
            }
        }
    }

    private static CTTbl newTable(XWPFDocument doc) {
        XWPFTable t = doc.createTable();
        CTTbl tbl = t.getCTTbl();
        tbl.removeTr(0);
        return tbl;
    }

    private static byte[] save(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return out.toByteArray();
    }

    @Test
    void gridSpanAndVMergeAreResolvedIntoTheGrid() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFRun title = doc.createParagraph().createRun();
        title.setText("示例局");
        title.addBreak();
        title.setText("2021年政府信息公开工作年度报告");
        doc.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
        fill(newTable(doc), new String[][] {
            {"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|gs=3|vm=restart", "申请人情况|gs=7"},
            {"|gs=3|vm=continue", "自然人|vm=restart", "法人或其他组织|gs=5", "总计|vm=restart"},
            {"|gs=3|vm", "|vm", "商业\n企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "|vm"},
            {"一、本年新收政府信息公开申请数量|gs=3", "10", "2", "0", "0", "0", "0", "12"},
            {"三、本年度办理结果|vm=restart", "（一）予以公开|gs=2", "6", "1", "0", "0", "0", "0", "7"},
            {"|vm=continue", "（三）不予公开|vm=restart", "1.属于国家秘密", "0", "", "0", "0", "0", "0", "0"},
            {"|vm=continue", "|vm=continue", "2.其他法律行政法规禁止公开", "1", "0", "0", "0", "0", "0", "1"},
        });
        doc.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
        SourceDocument read = new DocxSource().read(save(doc), "spans.docx");
        List<Row> rows = read.rows();
        assertEquals(Row.paragraph("示例局2021年政府信息公开工作年度报告", 0), rows.get(0));
        assertEquals(Row.paragraph("三、收到和处理政府信息公开申请情况", 0), rows.get(1));
        assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "^", "^",
                "申请人情况", "^", "^", "^", "^", "^", "^"), texts(rows.get(2)));
        assertEquals(List.of("^", "^", "^", "自然人", "法人或其他组织", "^", "^", "^", "^", "总计"), texts(rows.get(3)));
        assertEquals(List.of("^", "^", "^", "^", "商业\n企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "^"), texts(rows.get(4)));
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "^", "^", "10", "2", "0", "0", "0", "0", "12"), texts(rows.get(5)));
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开", "^", "6", "1", "0", "0", "0", "0", "7"), texts(rows.get(6)));
        assertEquals(List.of("^", "（三）不予公开", "1.属于国家秘密", "0", "", "0", "0", "0", "0", "0"), texts(rows.get(7)));
        assertFalse(rows.get(7).cells().get(4).continuation(), "a blank value cell is blank, not a span");
        assertEquals(List.of("^", "^", "2.其他法律行政法规禁止公开", "1", "0", "0", "0", "0", "0", "1"), texts(rows.get(8)));
        assertTrue(rows.subList(2, 9).stream().allMatch(Row::tableRow));
        assertEquals(Row.paragraph("四、政府信息公开行政复议、行政诉讼情况", 0), rows.get(9));
        assertEquals(10, rows.size());
    }

    @Test
    void gridBeforeAndRaggedRowsKeepTheGrid() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        CTTbl tbl = newTable(doc);
        fill(tbl, new String[][] {{"行政许可", "5|gs=3"}, {"1", "2"}});
        tbl.getTrArray(1).addNewTrPr().addNewGridBefore().setVal(BigInteger.TWO);
        List<Row> rows = new DocxSource().read(save(doc), "g.docx").rows();
        assertEquals(List.of("行政许可", "5", "^", "^"), texts(rows.get(0)));
        assertEquals(List.of("", "", "1", "2"), texts(rows.get(1)));
    }

    @Test
    void nestedTablesInALayoutTableComeOutAsTheirOwnRows() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        CTTbl outer = newTable(doc);
        CTTc cell = outer.addNewTr().addNewTc();
        cell.addNewP().addNewR().addNewT().setStringValue("二、主动公开政府信息情况");
        fill(cell.addNewTbl(), new String[][] {{"第二十条第（一）项|gs=4"}, {"规章", "1", "2", "3"}});
        cell.addNewP();
        fill(cell.addNewTbl(), new String[][] {{"第二十条第（五）项|gs=4"}, {"行政许可", "4|gs=3"}});
        cell.addNewP();
        List<Row> rows = new DocxSource().read(save(doc), "nested.docx").rows();
        assertEquals(List.of(
                List.of("二、主动公开政府信息情况"),
                List.of("第二十条第（一）项", "^", "^", "^"),
                List.of("规章", "1", "2", "3"),
                List.of("第二十条第（五）项", "^", "^", "^"),
                List.of("行政许可", "4", "^", "^")), rows.stream().map(DocxSourceTest::texts).toList());
        assertFalse(rows.get(0).tableRow());
    }

    @Test
    void tabbedParagraphsBecomeRows() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFRun r = doc.createParagraph().createRun();
        r.setText("规章");
        r.addTab();
        r.setText("0");
        r.addTab();
        r.setText("1");
        List<Row> rows = new DocxSource().read(save(doc), "tabs.docx").rows();
        assertEquals(List.of("规章", "0", "1"), texts(rows.get(0)));
        assertTrue(rows.get(0).tableRow());
    }

    @Test
    void trackedDeletionsAndFieldCodesAreNotText() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        CTTbl tbl = newTable(doc);
        fill(tbl, new String[][] {{"行政许可", ""}});
        CTP cell = tbl.getTrArray(0).getTcArray(1).getPArray(0);
        cell.addNewDel().addNewR().addNewDelText().setStringValue("5");
        cell.addNewIns().addNewR().addNewT().setStringValue("6");
        CTP title = doc.createParagraph().getCTP();
        title.addNewR().addNewT().setStringValue("示例局");
        title.addNewR().addNewInstrText().setStringValue(" PAGE ");
        title.addNewR().addNewT().setStringValue("2022年政府信息公开工作年度报告");
        List<Row> rows = new DocxSource().read(save(doc), "tracked.docx").rows();
        assertEquals(List.of("行政许可", "6"), texts(rows.get(0)));
        assertEquals(Row.paragraph("示例局2022年政府信息公开工作年度报告", 0), rows.get(1));
    }

    /** A zip of one entry, written at the highest compression. */
    private static byte[] zip(String name, byte[] data, int copies) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(name));
            for (int i = 0; i < copies; i++) {
                z.write(data);
            }
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void zipBombIsRefusedAsTooLargeWithoutUnpackingIt() throws Exception {
        byte[] mb = new byte[1 << 20];
        Arrays.fill(mb, (byte) ' ');
        byte[] bomb = zip("word/document.xml", mb, 100);
        assertTrue(bomb.length < 1 << 20, "100 MB packed into " + bomb.length + " bytes");
        assertEquals(InputKind.DOCX, Sources.sniff(bomb));
        XxgkException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> assertThrows(XxgkException.class, () -> Sources.read(bomb, "bomb.docx")));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void documentInflatingFarBeyondItsSizeIsRefusedByPoiAsTooLarge() throws Exception {
        // a real report whose document.xml is padded with 8 MB of blanks: under our unpack limits, but its
        // inflate ratio trips POI's own zip-bomb guard
        byte[] real = Files.readAllBytes(HtmlDocxCorpus.CORPUS.resolve("012").resolve("source.docx"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(real));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    z.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    z.write(" ".repeat(8 << 20).getBytes(StandardCharsets.US_ASCII));
                    z.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    z.write(data);
                }
                z.closeEntry();
            }
        }
        XxgkException e = assertThrows(XxgkException.class, () -> new DocxSource().read(out.toByteArray(), "padded.docx"));
        assertEquals(Reason.TOO_LARGE, e.reason(), e.getMessage());
    }

    @Test
    void damagedDocxIsCorrupt() throws Exception {
        byte[] real = Files.readAllBytes(HtmlDocxCorpus.CORPUS.resolve("012").resolve("source.docx"));
        byte[] cut = Arrays.copyOf(real, real.length / 2);
        XxgkException e = assertThrows(XxgkException.class, () -> new DocxSource().read(cut, "cut.docx"));
        assertEquals(Reason.CORRUPT, e.reason(), e.getMessage());

        byte[] notWord = zip("word/document.xml", "this is not XML".getBytes(StandardCharsets.UTF_8), 1);
        XxgkException e2 = assertThrows(XxgkException.class, () -> new DocxSource().read(notWord, "junk.docx"));
        assertEquals(Reason.CORRUPT, e2.reason(), e2.getMessage());
    }

    @Test
    void emptyDocumentIsEmpty() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph();
        XxgkException e = assertThrows(XxgkException.class, () -> new DocxSource().read(save(doc), "empty.docx"));
        assertEquals(Reason.EMPTY, e.reason());
    }

}
