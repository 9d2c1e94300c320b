package io.github.xxgk.internal.source.pdf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.IOException;
import java.math.BigInteger;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntBinaryOperator;

/**
 * Developer tool: fills the 2021 format template (../shared/reference/template-2021.docx, the Word template
 * agencies fill in) with known numbers through POI, exports each filling to PDF with LibreOffice
 * ({@code soffice --headless --convert-to pdf}) and writes the expected cells beside it, as
 * fixtures/pdf/word/NAME.docx, NAME.pdf and NAME.truth.json. The outputs are committed; the tests read only
 * them, so neither the template nor LibreOffice is needed to run the tests.
 *
 * <p>Run from the repository root: {@code java -cp target/classes:target/test-classes:$CP
 * io.github.xxgk.internal.source.pdf.TemplateFixtures [path/to/template-2021.docx]}.
 */
public final class TemplateFixtures {

    static final List<String> T3_ROWS = List.of("new_received", "carried_over", "granted", "partially_granted",
            "denied_state_secret", "denied_prohibited_by_law", "denied_security_stability", "denied_third_party_rights",
            "denied_internal_affairs", "denied_process_information", "denied_enforcement_case_file",
            "denied_administrative_query", "unavailable_not_held", "unavailable_needs_creation",
            "unavailable_unclear_after_correction", "not_processed_petition_complaint", "not_processed_duplicate",
            "not_processed_publication", "not_processed_excessive", "not_processed_confirmation",
            "other_no_correction", "other_unpaid_fee", "other_other", "total_processed", "carried_forward");
    static final List<String> T3_COLS = List.of("natural_person", "commercial_enterprise", "research_institution",
            "social_welfare_org", "legal_service_org", "other_org", "total");
    static final List<String> T4_ROWS = List.of("review", "litigation_direct", "litigation_after_review");
    static final List<String> T4_COLS = List.of("upheld", "corrected", "other_result", "pending", "total");

    private TemplateFixtures() {
    }

    /**
     * One filling: the title, the text of every value cell (empty = left blank) and a change of layout made
     * to the filled document (page breaks, borders, sections, fonts), if any.
     */
    private record Filling(String name, String title, Map<String, String> cells, Consumer<XWPFDocument> layout) {

        Filling(String name, String title, Map<String, String> cells) {
            this(name, title, cells, d -> { });
        }
    }

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args.length > 0 ? args[0] : "../shared/reference/template-2021.docx");
        Path out = Path.of("fixtures/pdf/word");
        Files.createDirectories(out);
        List<Filling> all = List.of(multiDigit(), blanks(), repeatedHeader(), landscape(), unruled(), wideNumbers(),
                unruledOverPages());
        for (Filling f : all) {
            if (args.length > 1 && !List.of(args).subList(1, args.length).contains(f.name())) {
                continue;
            }
            Path docx = out.resolve(f.name() + ".docx");
            fill(template, f, docx);
            convert(docx, out);
            writeTruth(f, out.resolve(f.name() + ".truth.json"));
            System.out.println("wrote " + out.resolve(f.name() + ".pdf"));
        }
    }

    /**
     * Multi-digit numbers side by side in every table (10, 123, 4567 …), so that a number split in two
     * ("1 0") or two numbers run together would show; totals are the sums of their rows.
     */
    private static Filling multiDigit() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("t2.rules.issued", "10");
        c.put("t2.rules.repealed", "123");
        c.put("t2.rules.in_force", "4567");
        c.put("t2.normative_documents.issued", "1001");
        c.put("t2.normative_documents.repealed", "11");
        c.put("t2.normative_documents.in_force", "110");
        c.put("t2.administrative_licensing.decisions", "23456");
        c.put("t2.administrative_penalty.decisions", "101");
        c.put("t2.administrative_coercion.decisions", "77");
        c.put("t2.administrative_fees.amount", "1234.56");
        int[] pool = {10, 123, 4567, 11, 100, 1010, 99, 808, 12, 3456, 1000, 21, 305, 44};
        t3(c, (r, k) -> pool[(r * 5 + k * 3) % pool.length]);
        t4(c, new int[] {10, 12, 100, 11, 123, 99, 20, 101});
        return new Filling("template-multidigit", "示例市统计局2022年政府信息公开工作年度报告", c);
    }

    /** Blank cells beside zeros and small numbers, as many agencies fill the template; a decimal fee. */
    private static Filling blanks() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("t2.rules.issued", "");
        c.put("t2.rules.repealed", "");
        c.put("t2.rules.in_force", "");
        c.put("t2.normative_documents.issued", "3");
        c.put("t2.normative_documents.repealed", "0");
        c.put("t2.normative_documents.in_force", "25");
        c.put("t2.administrative_licensing.decisions", "0");
        c.put("t2.administrative_penalty.decisions", "");
        c.put("t2.administrative_coercion.decisions", "2");
        c.put("t2.administrative_fees.amount", "0.35");
        // applicants: natural persons and the total filled, the other columns blank on most rows
        t3(c, (r, k) -> k == 0 ? (r * 7) % 13 : (r % 4 == 0 && k == 1) ? 1 : -1);
        for (int r = 0; r < T4_ROWS.size(); r++) {
            for (int k = 0; k < 5; k++) {
                String v = r == 2 ? "" : k == 4 ? (r == 0 ? "3" : "1") : (r == 0 && k < 3) ? "1" : (r == 1 && k == 3) ? "1" : "0";
                c.put("t4." + T4_ROWS.get(r) + "." + T4_COLS.get(k), v);
            }
        }
        return new Filling("template-blanks", "示例县教育局2023年政府信息公开工作年度报告", c);
    }

    /** t3 from a value per (row, applicant column), -1 for blank; the total column is the row's sum. */
    private static void t3(Map<String, String> c, IntBinaryOperator value) {
        for (int r = 0; r < T3_ROWS.size(); r++) {
            int sum = 0;
            for (int k = 0; k < 6; k++) {
                int v = value.applyAsInt(r, k);
                c.put("t3." + T3_ROWS.get(r) + "." + T3_COLS.get(k), v < 0 ? "" : Integer.toString(v));
                sum += Math.max(v, 0);
            }
            c.put("t3." + T3_ROWS.get(r) + ".total", Integer.toString(sum));
        }
    }

    /** Multi-digit numbers from a pool, t2 given, t4 totals the sums of their rows. */
    /** Table 四: each row's four results drawn from {@code pool}, its total their sum. */
    private static void t4(Map<String, String> c, int[] pool) {
        for (int r = 0; r < T4_ROWS.size(); r++) {
            int sum = 0;
            for (int k = 0; k < 4; k++) {
                int v = pool[(r * 3 + k) % pool.length];
                sum += v;
                c.put("t4." + T4_ROWS.get(r) + "." + T4_COLS.get(k), Integer.toString(v));
            }
            c.put("t4." + T4_ROWS.get(r) + ".total", Integer.toString(sum));
        }
    }

    private static Map<String, String> numbers(String[] t2, int[] pool, int[] t4pool) {
        Map<String, String> c = new LinkedHashMap<>();
        String[] t2Keys = {"rules.issued", "rules.repealed", "rules.in_force", "normative_documents.issued",
                "normative_documents.repealed", "normative_documents.in_force", "administrative_licensing.decisions",
                "administrative_penalty.decisions", "administrative_coercion.decisions", "administrative_fees.amount"};
        for (int i = 0; i < t2Keys.length; i++) {
            c.put("t2." + t2Keys[i], t2[i]);
        }
        t3(c, (r, k) -> pool[(r * 5 + k * 3) % pool.length]);
        t4(c, t4pool);
        return c;
    }

    /**
     * t3 over three pages, its three header rows repeated at the top of each part (Word's "repeat as header
     * row"), with a running header (the report's title) and a page footer (第 X 页 共 Y 页) between the parts.
     * The rows are made tall so the breaks fall inside the table.
     */
    private static Filling repeatedHeader() {
        Map<String, String> c = numbers(new String[] {"2", "0", "35", "7", "1", "64", "318", "52", "9", "0"},
                new int[] {3, 41, 0, 256, 17, 1024, 8, 75, 130, 6, 2001, 19, 0, 88}, new int[] {2, 0, 5, 1, 13, 7, 0, 3});
        String title = "示例市交通运输局2022年政府信息公开工作年度报告";
        return new Filling("template-repeat-header", title, c, doc -> {
            XWPFTable t3 = doc.getTables().get(1);
            for (int r = 0; r < t3.getNumberOfRows(); r++) {
                XWPFTableRow row = t3.getRow(r);
                if (r < 3) {
                    row.setRepeatHeader(true);
                } else {
                    row.setHeight(900);
                }
            }
            pageHeaderAndFooter(doc, title);
        });
    }

    /** t3 (with its heading) in a landscape section of its own, the pages before and after it portrait. */
    private static Filling landscape() {
        Map<String, String> c = numbers(new String[] {"1", "2", "3", "40", "50", "60", "700", "80", "90", "12.5"},
                new int[] {21, 5, 300, 47, 0, 1999, 64, 12, 8, 777, 15, 2, 90, 4321}, new int[] {1, 4, 0, 2, 9, 3, 11, 6});
        return new Filling("template-landscape", "示例省生态环境厅2021年政府信息公开工作年度报告", c, doc -> {
            XWPFParagraph heading = paragraph(doc, "三、收到和处理政府信息公开申请情况");
            XWPFParagraph after = paragraph(doc, "四、政府信息公开行政复议、行政诉讼情况");
            CTSectPr body = doc.getDocument().getBody().getSectPr();
            // a section ends with the paragraph holding its properties: portrait up to the heading, landscape to t4's heading
            CTSectPr portrait = (CTSectPr) body.copy();
            doc.insertNewParagraph(heading.getCTP().newCursor()).getCTP().addNewPPr().setSectPr(portrait);
            CTSectPr land = (CTSectPr) body.copy();
            CTPageSz sz = land.getPgSz();
            sz.setW(body.getPgSz().getH());
            sz.setH(body.getPgSz().getW());
            sz.setOrient(STPageOrientation.LANDSCAPE);
            doc.insertNewParagraph(after.getCTP().newCursor()).getCTP().addNewPPr().setSectPr(land);
        });
    }

    /**
     * All borders removed (a plain Word export: no ruling at all); the t4 header set large enough that
     * 结果维持 and its neighbours wrap one character per line; label columns apart by their cell margins only.
     */
    private static Filling unruled() {
        Map<String, String> c = numbers(new String[] {"4", "1", "27", "12", "3", "150", "2650", "431", "16", "0.8"},
                new int[] {7, 0, 62, 1, 15, 340, 2, 0, 9, 48, 1200, 3, 26, 5}, new int[] {3, 1, 0, 2, 6, 0, 4, 12});
        return new Filling("template-unruled", "示例区卫生健康委员会2022年政府信息公开工作年度报告", c, doc -> {
            for (XWPFTable t : doc.getTables()) {
                noBorders(t);
            }
            XWPFTable t4 = doc.getTables().get(2);
            for (int r = 0; r < 3; r++) {
                for (XWPFTableCell cell : t4.getRow(r).getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        p.getRuns().forEach(run -> run.setFontSize(12));
                    }
                }
            }
        });
    }

    /**
     * Numbers as wide as their cells (12345 and more in the narrow applicant columns, set large), which
     * wrap inside the cell or come close to the next column; header words broken over two lines and long
     * labels wrapped in a narrowed label column.
     */
    private static Filling wideNumbers() {
        Map<String, String> c = numbers(new String[] {"12345", "678", "90123", "45678", "9012", "345678", "1234567", "89012", "34567", "8901234.56"},
                new int[] {12345, 67890, 1, 23456, 789, 10234, 0, 56789, 99999, 12, 40000, 305, 77777, 8},
                new int[] {12345, 6789, 10234, 5678, 99, 12000, 3456, 7});
        return new Filling("template-wide-numbers", "示例市人力资源和社会保障局2022年政府信息公开工作年度报告", c, doc -> {
            XWPFTable t3 = doc.getTables().get(1);
            // the third label column narrowed (the table gets narrower): every cell over it loses as much
            CTTblGrid grid = t3.getCTTbl().getTblGrid();
            int cut = grid.getGridColArray(2).getW() instanceof BigInteger w ? w.intValue() - 2000 : 0;
            grid.getGridColArray(2).setW(BigInteger.valueOf(2000));
            for (XWPFTableRow row : t3.getRows()) {
                int col = 0;
                for (XWPFTableCell cell : row.getTableCells()) {
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                    if (col <= 2 && 2 < col + span && pr != null && pr.isSetTcW() && pr.getTcW().getW() instanceof BigInteger w) {
                        pr.getTcW().setW(BigInteger.valueOf(w.intValue() - cut));
                    }
                    col += span;
                }
            }
            fontSize(t3, 12);
            // t4's values only: its header set large runs over the page break, where LibreOffice lets the
            // text of the split merged cells spill over the row below (Word does not)
            for (XWPFTableCell cell : doc.getTables().get(2).getRow(3).getTableCells()) {
                cell.getParagraphs().forEach(p -> p.getRuns().forEach(run -> run.setFontSize(12)));
            }
        });
    }

    /**
     * No borders, and t3 over three pages with its header rows repeated and a running header and footer
     * between the parts; blank cells beside zeros (the 法人 columns blank on most rows), so that the value
     * columns of a part must come from its header or from the part before.
     */
    private static Filling unruledOverPages() {
        Map<String, String> c = new LinkedHashMap<>();
        String[] t2 = {"", "", "6", "2", "0", "31", "45", "", "3", "0"};
        String[] t2Keys = {"rules.issued", "rules.repealed", "rules.in_force", "normative_documents.issued",
                "normative_documents.repealed", "normative_documents.in_force", "administrative_licensing.decisions",
                "administrative_penalty.decisions", "administrative_coercion.decisions", "administrative_fees.amount"};
        for (int i = 0; i < t2Keys.length; i++) {
            c.put("t2." + t2Keys[i], t2[i]);
        }
        t3(c, (r, k) -> k == 0 ? (r * 11) % 17 : (r % 3 == 1 && k == 1) ? 2 : (r % 5 == 2 && k == 5) ? 0 : -1);
        for (int r = 0; r < T4_ROWS.size(); r++) {
            for (int k = 0; k < 5; k++) {
                String v = r == 1 ? "" : k == 4 ? (r == 0 ? "4" : "1") : (r == 0 && k != 1) ? (k == 3 ? "2" : "1") : (r == 2 && k == 0) ? "1" : "0";
                c.put("t4." + T4_ROWS.get(r) + "." + T4_COLS.get(k), v);
            }
        }
        String title = "示例县自然资源局2023年政府信息公开工作年度报告";
        return new Filling("template-unruled-pages", title, c, doc -> {
            for (XWPFTable t : doc.getTables()) {
                noBorders(t);
            }
            XWPFTable t3 = doc.getTables().get(1);
            for (int r = 0; r < t3.getNumberOfRows(); r++) {
                if (r < 3) {
                    t3.getRow(r).setRepeatHeader(true);
                } else {
                    t3.getRow(r).setHeight(900);
                }
            }
            pageHeaderAndFooter(doc, title);
        });
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().contains(text)).findFirst().orElseThrow();
    }

    /** Every run of the table in the given size, and the empty value cells' runs too. */
    private static void fontSize(XWPFTable t, int points) {
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    p.getRuns().forEach(run -> run.setFontSize(points));
                }
            }
        }
    }

    private static void noBorders(XWPFTable t) {
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblBorders b = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        b.set(CTTblBorders.Factory.newInstance());
        for (CTBorder x : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(), b.addNewInsideH(), b.addNewInsideV()}) {
            x.setVal(STBorder.NONE);
        }
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (tc.isSetTcBorders()) {
                    tc.unsetTcBorders();
                }
                CTTcBorders cb = tc.addNewTcBorders();
                for (CTBorder x : new CTBorder[] {cb.addNewTop(), cb.addNewLeft(), cb.addNewBottom(), cb.addNewRight()}) {
                    x.setVal(STBorder.NIL);
                }
            }
        }
    }

    /** A running header (right-aligned text) and a centred footer 第 PAGE 页 共 NUMPAGES 页, on every page. */
    private static void pageHeaderAndFooter(XWPFDocument doc, String headerText) {
        XWPFHeader h = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = h.createParagraph();
        hp.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun hr = hp.createRun();
        hr.setText(headerText);
        hr.setFontSize(9);
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = f.createParagraph();
        fp.setAlignment(ParagraphAlignment.CENTER);
        fp.createRun().setText("第 ");
        fp.getCTP().addNewFldSimple().setInstr("PAGE");
        fp.createRun().setText(" 页 共 ");
        fp.getCTP().addNewFldSimple().setInstr("NUMPAGES");
        fp.createRun().setText(" 页");
    }

    private static void fill(Path template, Filling f, Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(template); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getText().contains("年度报告格式模板")) {
                    setText(p, f.title());
                }
            }
            List<XWPFTable> tables = doc.getTables();
            XWPFTable t2 = tables.get(0);
            String[][] t2Cells = {
                    {"rules", "issued", "repealed", "in_force"},
                    {"normative_documents", "issued", "repealed", "in_force"},
            };
            for (int i = 0; i < 2; i++) {
                XWPFTableRow row = t2.getRow(2 + i);
                for (int k = 1; k <= 3; k++) {
                    setText(row.getCell(k), f.cells().get("t2." + t2Cells[i][0] + "." + t2Cells[i][k]));
                }
            }
            setText(t2.getRow(6).getCell(1), f.cells().get("t2.administrative_licensing.decisions"));
            setText(t2.getRow(9).getCell(1), f.cells().get("t2.administrative_penalty.decisions"));
            setText(t2.getRow(10).getCell(1), f.cells().get("t2.administrative_coercion.decisions"));
            setText(t2.getRow(13).getCell(1), f.cells().get("t2.administrative_fees.amount"));

            XWPFTable t3 = tables.get(1);
            for (int r = 0; r < T3_ROWS.size(); r++) {
                List<XWPFTableCell> cells = t3.getRow(3 + r).getTableCells();
                for (int k = 0; k < 7; k++) {
                    setText(cells.get(cells.size() - 7 + k), f.cells().get("t3." + T3_ROWS.get(r) + "." + T3_COLS.get(k)));
                }
            }
            XWPFTable t4 = tables.get(2);
            List<XWPFTableCell> cells = t4.getRow(3).getTableCells();
            for (int r = 0; r < 3; r++) {
                for (int k = 0; k < 5; k++) {
                    setText(cells.get(r * 5 + k), f.cells().get("t4." + T4_ROWS.get(r) + "." + T4_COLS.get(k)));
                }
            }
            f.layout().accept(doc);
            try (OutputStream o = Files.newOutputStream(docx)) {
                doc.write(o);
            }
        }
    }

    private static void setText(XWPFTableCell cell, String text) {
        setText(cell.getParagraphs().get(0), text);
        for (int i = cell.getParagraphs().size() - 1; i > 0; i--) {
            cell.removeParagraph(i);
        }
    }

    private static void setText(XWPFParagraph p, String text) {
        for (int i = p.getRuns().size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        XWPFRun run = p.getRuns().isEmpty() ? p.createRun() : p.getRuns().get(0);
        run.setText(text == null ? "" : text, 0);
    }

    private static void convert(Path docx, Path outDir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("soffice", "--headless", "--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString())
                .inheritIO().start();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("soffice failed on " + docx);
        }
    }

    private static void writeTruth(Filling f, Path file) throws IOException {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Map.Entry<String, String> e : f.cells().entrySet()) {
            String[] k = e.getKey().split("\\.");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", k[0]);
            m.put("row", k[1]);
            m.put("col", k[2]);
            m.put("value", e.getValue().isEmpty() ? null : new java.math.BigDecimal(e.getValue()));
            cells.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", f.name() + ".docx, from the 2021 format template filled through POI, exported by LibreOffice");
        root.put("title", f.title());
        root.put("format", "2021");
        root.put("cells", cells);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }
}
