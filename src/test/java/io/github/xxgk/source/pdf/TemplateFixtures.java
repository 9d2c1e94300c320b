package io.github.xxgk.source.pdf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntBinaryOperator;

/**
 * Developer tool: fills the 2021 format template (../shared/reference/template-2021.docx, the Word template
 * agencies fill in) with known numbers through POI, exports each filling to PDF with LibreOffice
 * ({@code soffice --headless --convert-to pdf}) and writes the expected cells beside it, as
 * fixtures/pdf/word/NAME.docx, NAME.pdf and NAME.truth.json. The outputs are committed; the tests read only
 * them, so neither the template nor LibreOffice is needed to run the tests.
 *
 * <p>Run from the repository root: {@code java -cp target/classes:target/test-classes:$CP
 * io.github.xxgk.source.pdf.TemplateFixtures [path/to/template-2021.docx]}.
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

    /** One filling: the title and the text of every value cell (empty = left blank). */
    private record Filling(String name, String title, Map<String, String> cells) {
    }

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args.length > 0 ? args[0] : "../shared/reference/template-2021.docx");
        Path out = Path.of("fixtures/pdf/word");
        Files.createDirectories(out);
        for (Filling f : List.of(multiDigit(), blanks())) {
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
        int[] t4pool = {10, 12, 100, 11, 123, 99, 20, 101};
        for (int r = 0; r < T4_ROWS.size(); r++) {
            int sum = 0;
            for (int k = 0; k < 4; k++) {
                int v = t4pool[(r * 3 + k) % t4pool.length];
                sum += v;
                c.put("t4." + T4_ROWS.get(r) + "." + T4_COLS.get(k), Integer.toString(v));
            }
            c.put("t4." + T4_ROWS.get(r) + ".total", Integer.toString(sum));
        }
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
