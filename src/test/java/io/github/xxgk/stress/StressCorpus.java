package io.github.xxgk.stress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Developer tool: a synthetic "stress corpus" of 政府信息公开工作年度报告 in the layout of ../shared/corpus.
 * Every report is drawn from a seeded generator and varies what real agencies' pages vary (label variants
 * of docs/format.md "Printed variants xxgk reads through", both formats, merged-cell layouts, t2 as one or several tables, blanks, dashes,
 * multi-digit numbers, units in cells, wrapped labels, notes rows, narrative between the tables). Each report
 * folder gets source.html, truth.json (the corpus schema), tabbed.txt, notes.txt and, when the tools are
 * installed, chrome.pdf and plain.pdf (Chromium headless; plain = borders removed by CSS), source.docx and
 * writer.pdf (LibreOffice).
 *
 * <p>Run from the repository root after {@code mvn -o -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.xxgk.stress.StressCorpus OUT_DIR [COUNT] [SEED] [--no-render] [--blank-zeros]}
 */
public final class StressCorpus {

    // ---------------------------------------------------------------- keys
    static final List<String> T3_COLS = List.of("natural_person", "commercial_enterprise", "research_institution",
            "social_welfare_org", "legal_service_org", "other_org", "total");
    static final List<String> T4_ROWS = List.of("review", "litigation_direct", "litigation_after_review");
    static final List<String> T4_COLS = List.of("upheld", "corrected", "other_result", "pending", "total");
    static final List<String> DENIED = List.of("denied_state_secret", "denied_prohibited_by_law",
            "denied_security_stability", "denied_third_party_rights", "denied_internal_affairs",
            "denied_process_information", "denied_enforcement_case_file", "denied_administrative_query");
    static final List<String> UNAVAILABLE = List.of("unavailable_not_held", "unavailable_needs_creation",
            "unavailable_unclear_after_correction");
    static final List<String> NOT_PROCESSED = List.of("not_processed_petition_complaint", "not_processed_duplicate",
            "not_processed_publication", "not_processed_excessive", "not_processed_confirmation");
    static final List<String> OTHER3 = List.of("other_no_correction", "other_unpaid_fee", "other_other");

    static final List<String> AGENCIES = List.of("云岭市统计局", "青川县人民政府", "松溪镇人民政府", "临江市生态环境局",
            "东湖区卫生健康委员会", "北山县自然资源局", "南浦市交通运输局", "西岭区人民政府办公室", "白石县教育局",
            "柳河市市场监督管理局", "梅岭街道办事处", "金沙县住房和城乡建设局", "长宁市人力资源和社会保障局",
            "清水县农业农村局", "石门市司法局", "凤鸣区发展和改革局", "桃源县水利局", "安平市医疗保障局",
            "江阳区应急管理局", "平湖县文化和旅游局", "永和镇人民政府", "宁川市财政局", "大河县民政局",
            "红山区城市管理和综合执法局", "新丰县退役军人事务局", "海门市公安局交通警察支队", "兴隆乡人民政府",
            "启明市审计局", "龙泉县林业局", "华阳区商务局");

    // ---------------------------------------------------------------- table model
    /** A cell: text ("\n" = a line break inside the cell), spans, and the truth key it carries if any. */
    static final class Cell {
        final String text;
        int rs = 1;
        int cs = 1;
        boolean head;

        Cell(String text) {
            this.text = text;
        }

        Cell span(int rows, int cols) {
            rs = rows;
            cs = cols;
            return this;
        }
    }

    static final class Table {
        final List<List<Cell>> rows = new ArrayList<>();
        String style = "";

        List<Cell> row() {
            List<Cell> r = new ArrayList<>();
            rows.add(r);
            return r;
        }
    }

    /** A value as printed and as it must be read. */
    record Val(String raw, BigDecimal value, String unit) {
    }

    /** The body of a report: a sequence of paragraphs (String) and tables (Table). */
    static final class Doc {
        String title;
        final List<Object> blocks = new ArrayList<>();
        final List<String> css = new ArrayList<>();
        String brJoin = "";
    }

    // ---------------------------------------------------------------- one report
    static final class Gen {
        final Random r;
        final int idx;
        final String format;
        final boolean single6;   // t3 （六）其他处理 as one row
        final String agency;
        final int year;
        final Map<String, Val> truth = new LinkedHashMap<>();
        final List<String> traits = new ArrayList<>();
        final Doc doc = new Doc();
        // value styles
        final boolean blankLegal;   // legal-person zero cells left blank
        final boolean dashZeros;    // some zeros printed as — / - / ／
        final boolean nbspZeros;    // some zeros printed as &nbsp;0
        final int scale;            // 0 small, 1 medium, 2 large
        /** Every zero count printed blank, as many agencies do (--blank-zeros; off in the seeded corpora). */
        final boolean blankZeros;

        Gen(int idx, long seed) {
            this(idx, seed, false);
        }

        Gen(int idx, long seed, boolean blankZeros) {
            this.blankZeros = blankZeros;
            this.idx = idx;
            this.r = new Random(seed * 1000003L + idx);
            int f = idx % 3;
            format = f == 1 ? "2019" : "2021";
            single6 = format.equals("2019") || (idx % 7 == 5);
            agency = AGENCIES.get(idx % AGENCIES.size());
            year = format.equals("2019") ? (idx % 5 == 4 ? 2022 : 2019 + r.nextInt(2)) : 2021 + r.nextInt(4);
            blankLegal = idx % 4 == 3;
            dashZeros = idx % 5 == 2;
            nbspZeros = idx % 6 == 1;
            scale = idx % 3 == 0 ? 2 : (idx % 2);
            traits.add("format " + format + (single6 && format.equals("2021") ? " with single （六）其他处理" : ""));
            if (blankLegal) {
                traits.add("zero cells of the 法人 columns left blank");
            }
            if (dashZeros) {
                traits.add("some zeros printed as dashes");
            }
            if (nbspZeros) {
                traits.add("some zeros printed as &nbsp;0");
            }
            traits.add("scale " + List.of("small", "medium", "large (multi-digit)").get(scale));
            if (blankZeros) {
                traits.add("every zero count printed blank");
            }
        }

        boolean p(double prob) {
            return r.nextDouble() < prob;
        }

        <T> T pick(List<T> xs) {
            return xs.get(r.nextInt(xs.size()));
        }

        int small() {
            return p(0.6) ? 0 : 1 + r.nextInt(p(0.7) ? 4 : 30);
        }

        /** A count cell: the number, sometimes printed as a dash / blank / &nbsp;0 when it is zero. */
        Val count(long v, boolean legal) {
            if (v == 0) {
                // checked first and drawing no random number, so the seeded corpora stay as they were without it
                if (blankZeros || (blankLegal && legal)) {
                    return new Val("", null, null);
                }
                if (dashZeros && p(0.3)) {
                    String d = pick(List.of("—", "-", "／", "——"));
                    return new Val(d, null, null);
                }
                if (nbspZeros && p(0.3)) {
                    return new Val("\u00a00", BigDecimal.ZERO, null);
                }
            }
            return new Val(Long.toString(v), BigDecimal.valueOf(v), null);
        }

        Cell put(String key, Val v) {
            truth.put(key, v);
            return new Cell(v.raw());
        }

        // ------------------------------------------------------------ text
        String heading(String text) {
            return text;
        }

        void para(String s) {
            doc.blocks.add(s);
        }

        void build() {
            String titleForm = pick(List.of("%1$s%2$d年政府信息公开工作年度报告", "%1$s%2$d年度政府信息公开工作年度报告",
                    "%2$d年%1$s政府信息公开工作年度报告", "%1$s%2$d年政府信息公开工作年度报告"));
            doc.title = String.format(titleForm, agency, year);
            doc.brJoin = p(0.5) ? "" : " ";
            int font = 13 + r.nextInt(5);
            doc.css.add("body { font-family: \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", serif; margin: 2em; line-height: 1.7; font-size: " + font + "px; }");
            doc.css.add("table { border-collapse: collapse; margin: 0.8em 0; " + (p(0.5) ? "width: 100%; " : "") + "}");
            doc.css.add("td, th { border: 1px solid #000; padding: " + (1 + r.nextInt(6)) + "px " + (2 + r.nextInt(8)) + "px; text-align: center; vertical-align: middle; }");
            doc.css.add("p { text-indent: 2em; margin: 0.3em 0; }");
            doc.css.add("h1 { text-align: center; font-size: 1.4em; }");

            para("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级有关文件要求，" + agency + "编制完成了本报告。本报告所列数据的统计期限自"
                    + year + "年1月1日起至" + year + "年12月31日止。本报告电子版可在" + agency + "门户网站下载。如对本报告有任何疑问，请与本机关政务公开办公室联系。");
            // t3/t4 numbers first: the narrative quotes them
            T3 t3 = new T3();
            T4 t4 = new T4();
            para(bold("一、总体情况"));
            int paras = r.nextInt(9);
            if (paras > 4) {
                traits.add("long narrative (" + paras + " paragraphs) before the tables");
            }
            for (int i = 0; i < paras; i++) {
                para(pick(NARRATIVE).replace("{A}", agency));
            }
            para("（二）依申请公开。全年共收到政府信息公开申请" + t3.newTotal + "件，上年结转" + t3.carriedTotal + "件，办结"
                    + t3.processedTotal + "件，结转下年度继续办理" + t3.forwardTotal + "件。全年发生政府信息公开行政复议"
                    + t4.reviewTotal + "件、行政诉讼" + t4.litigationTotal + "件。");
            para(bold("二、主动公开政府信息情况"));
            if (p(0.25)) {
                para("该部分以表格形式报告。表格如下：");
                traits.add("caption line before t2");
            }
            if (format.equals("2021")) {
                t2021();
            } else {
                t2019();
            }
            para(bold("三、收到和处理政府信息公开申请情况"));
            if (p(0.3)) {
                para("单位：件");
                traits.add("单位：件 line before t3");
            }
            doc.blocks.add(t3.table());
            if (p(0.3)) {
                para("注：本表数据由各业务科室汇总，统计口径与上年一致。");
                traits.add("note paragraph under t3");
            }
            String h4 = p(0.3) ? "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况" : "四、政府信息公开行政复议、行政诉讼情况";
            para(bold(h4));
            doc.blocks.add(t4.table());
            para(bold(p(0.4) ? "五、存在问题及改进思路" : "五、存在的主要问题及改进情况"));
            para("一是政务公开工作人员业务能力有待提升；二是政策解读形式较为单一。下一步，" + agency + "将加强培训，丰富解读形式，提升公开质量。");
            para(bold("六、其他需要报告的事项"));
            para(pick(List.of("本年度无发出收费通知，无收取信息处理费用。", "本年度未收取信息处理费。" + agency + "政务公开工作要点落实情况良好。",
                    "无。")));
            if (p(0.5)) {
                para(agency);
                para(year + 1 + "年1月" + (10 + r.nextInt(18)) + "日");
            }
        }

        String bold(String s) {
            return "<strong>" + s + "</strong>";
        }

        // ------------------------------------------------------------ t2
        String art(String n) {
            boolean half = p(0.25);
            boolean space = p(0.15);
            String s = "第二十条" + (space ? " " : "") + (half ? "第(" + n + ")项" : "第（" + n + "）项");
            return s;
        }

        String fee(boolean allowUnit) {
            String v = pick(List.of("0", "12.5", "0.35", "1234.56", "24252.311082", "3", "86.7"));
            if (allowUnit && p(0.25)) {
                traits.add("fee with unit inside the cell");
                return v + "万元";
            }
            return v;
        }

        Val amount(String raw) {
            String num = raw.replaceAll("[^0-9.]", "");
            String unit = raw.endsWith("万元") ? "万元" : raw.endsWith("元") ? "元" : null;
            return new Val(raw, new BigDecimal(num), unit);
        }

        void t2021() {
            boolean split = p(0.35);
            boolean headOutside = split && p(0.5);
            if (split) {
                traits.add("t2 as four tables" + (headOutside ? " with 第二十条 headings as paragraphs" : ""));
            }
            boolean regsSlash = scale == 0 && p(0.5);
            String normLabel = p(0.2) ? "规范性文件" : "行政规范性文件";
            String repealed = p(0.1) ? "本年度止件数" : "本年废止件数";
            if (!normLabel.equals("行政规范性文件")) {
                traits.add("2021 t2 with 规范性文件");
            }
            String br = p(0.3) ? "\n" : "";
            if (!br.isEmpty()) {
                traits.add("t2 headers broken over lines");
            }
            Table t = new Table();
            // block 1
            t = blockStart(t, art("一"), 4, split, headOutside, true);
            t.row().addAll(List.of(new Cell("信息内容"), new Cell("本年" + br + "制发件数"), new Cell(repealed.substring(0, 2) + br + repealed.substring(2)),
                    new Cell("现行" + br + "有效件数")));
            List<Cell> rr = t.row();
            rr.add(new Cell("规章"));
            for (String c : List.of("issued", "repealed", "in_force")) {
                if (regsSlash) {
                    rr.add(put("t2.rules." + c, new Val("/", null, null)));
                } else {
                    rr.add(put("t2.rules." + c, count(scale == 2 ? r.nextInt(12) : small() / 4, false)));
                }
            }
            if (regsSlash) {
                traits.add("规章 row printed as /");
            }
            rr = t.row();
            rr.add(new Cell(normLabel));
            int issued = scale == 2 ? 10 + r.nextInt(150) : r.nextInt(12);
            int rep = r.nextInt(issued / 3 + 2);
            int inForce = issued + r.nextInt(scale == 2 ? 4000 : 60);
            rr.add(put("t2.normative_documents.issued", count(issued, false)));
            rr.add(put("t2.normative_documents.repealed", count(rep, false)));
            rr.add(put("t2.normative_documents.in_force", count(inForce, false)));
            // block 5
            t = blockStart(t, art("五"), 4, split, headOutside, false);
            t.row().addAll(List.of(new Cell("信息内容"), new Cell("本年处理决定数量").span(1, 3)));
            t.row().addAll(List.of(new Cell("行政许可"), put("t2.administrative_licensing.decisions", count(big(), false)).span(1, 3)));
            t = blockStart(t, art("六"), 4, split, headOutside, false);
            t.row().addAll(List.of(new Cell("信息内容"), new Cell("本年处理决定数量").span(1, 3)));
            t.row().addAll(List.of(new Cell("行政处罚"), put("t2.administrative_penalty.decisions", count(big(), false)).span(1, 3)));
            t.row().addAll(List.of(new Cell("行政强制"), put("t2.administrative_coercion.decisions", count(big() / 10, false)).span(1, 3)));
            t = blockStart(t, art("八"), 4, split, headOutside, false);
            String unitHead = p(0.3) ? "本年收费金额(单位:万元)" : "本年收费金额（单位：万元）";
            t.row().addAll(List.of(new Cell("信息内容"), new Cell(unitHead).span(1, 3)));
            t.row().addAll(List.of(new Cell("行政事业性收费"), put("t2.administrative_fees.amount", amount(fee(true))).span(1, 3)));
            if (p(0.2)) {
                t.row().add(new Cell("注：行政事业性收费金额以财政部门统计为准。").span(1, 4));
                traits.add("notes row inside t2");
            }
            doc.blocks.add(t);
        }

        int big() {
            return switch (scale) {
                case 0 -> r.nextInt(10);
                case 1 -> r.nextInt(300);
                default -> p(0.5) ? 1000 + r.nextInt(60000) : r.nextInt(999);
            };
        }

        /** Starts a 第二十条 block: a full-width row in the same table, or a new table (with its heading inside or as a paragraph). */
        Table blockStart(Table t, String label, int cols, boolean split, boolean outside, boolean first) {
            if (split && !first) {
                doc.blocks.add(t);
                t = new Table();
            }
            if (outside) {
                para(label);
            } else {
                t.row().add(new Cell(label).span(1, cols));
            }
            return t;
        }

        void t2019() {
            boolean five = p(0.5); // Word-style physical 5-column grid
            boolean split = p(0.3);
            boolean headOutside = split && p(0.5);
            if (five) {
                traits.add("2019 t2 on a 5-column physical grid (colspans 2)");
            }
            if (split) {
                traits.add("t2 as five tables" + (headOutside ? " with 第二十条 headings as paragraphs" : ""));
            }
            int cols = five ? 5 : 4;
            String nm = p(0.4) ? "本年新\n制作数量" : "本年新制作数量";
            String np = nm.contains("\n") ? "本年新\n公开数量" : "本年新公开数量";
            if (nm.contains("\n")) {
                traits.add("本年新<br>制作数量 headers");
            }
            Table t = new Table();
            t = blockStart(t, art("一"), cols, split, headOutside, true);
            List<Cell> h = t.row();
            h.add(new Cell("信息内容"));
            h.add(new Cell(nm));
            h.add(new Cell(np).span(1, five ? 2 : 1));
            h.add(new Cell("对外公开总数量"));
            for (String[] row : new String[][] {{"rules", "规章"}, {"normative_documents", "规范性文件"}}) {
                List<Cell> rr = t.row();
                rr.add(new Cell(row[1]));
                int made = row[0].equals("rules") ? small() / 4 : r.nextInt(scale == 2 ? 200 : 15);
                int pub = made;
                int tot = made + r.nextInt(scale == 2 ? 3000 : 40);
                rr.add(put("t2." + row[0] + ".newly_made", count(made, false)));
                rr.add(put("t2." + row[0] + ".newly_published", count(pub, false)).span(1, five ? 2 : 1));
                rr.add(put("t2." + row[0] + ".total_published", count(tot, false)));
            }
            String change = p(0.2) ? "本年增/\n减" : "本年增/减";
            for (String[] blk : new String[][] {{"五", "administrative_licensing:行政许可", "other_external_services:其他对外管理服务事项"},
                    {"六", "administrative_penalty:行政处罚", "administrative_coercion:行政强制"}}) {
                t = blockStart(t, art(blk[0]), cols, split, headOutside, false);
                h = t.row();
                h.add(new Cell("信息内容"));
                h.add(new Cell("上一年项目数量"));
                h.add(new Cell(change).span(1, five ? 2 : 1));
                h.add(new Cell("处理决定数量"));
                for (int i = 1; i <= 2; i++) {
                    String[] kv = blk[i].split(":");
                    List<Cell> rr = t.row();
                    rr.add(new Cell(kv[1]));
                    int prior = r.nextInt(scale == 2 ? 1500 : 80);
                    int ch = r.nextInt(41) - 20;
                    if (prior + ch < 0) {
                        ch = -prior;
                    }
                    rr.add(put("t2." + kv[0] + ".prior_year_items", count(prior, false)));
                    String chRaw = ch > 0 && p(0.6) ? "+" + ch : Integer.toString(ch);
                    rr.add(put("t2." + kv[0] + ".change", new Val(chRaw, BigDecimal.valueOf(ch), null)).span(1, five ? 2 : 1));
                    rr.add(put("t2." + kv[0] + ".decisions", count(big(), false)));
                }
            }
            t = blockStart(t, art("八"), cols, split, headOutside, false);
            h = t.row();
            h.add(new Cell("信息内容"));
            h.add(new Cell("上一年项目数量").span(1, five ? 2 : 1));
            h.add(new Cell(change).span(1, five ? 2 : 2));
            List<Cell> rr = t.row();
            rr.add(new Cell("行政事业性收费"));
            int prior = r.nextInt(20);
            rr.add(put("t2.administrative_fees.prior_year_items", count(prior, false)).span(1, five ? 2 : 1));
            int ch = -r.nextInt(prior + 1);
            rr.add(put("t2.administrative_fees.change", new Val(Integer.toString(ch), BigDecimal.valueOf(ch), null)).span(1, 2));
            t = blockStart(t, art("九"), cols, split, headOutside, false);
            h = t.row();
            h.add(new Cell("信息内容"));
            h.add(new Cell("采购项目数量").span(1, five ? 2 : 1));
            h.add(new Cell("采购总金额").span(1, 2));
            rr = t.row();
            rr.add(new Cell("政府集中采购"));
            rr.add(put("t2.centralized_procurement.procurement_items", count(r.nextInt(scale == 2 ? 300 : 20), false)).span(1, five ? 2 : 1));
            String amt = pick(List.of("251000元", "75394432.52元", "184719", "0", "1234.5万元", "36.8"));
            rr.add(put("t2.centralized_procurement.procurement_amount", amount(amt)).span(1, 2));
            doc.blocks.add(t);
        }

        // ------------------------------------------------------------ t3
        final class T3 {
            final List<String> rows = new ArrayList<>();
            final Map<String, long[]> v = new LinkedHashMap<>();
            long newTotal;
            long carriedTotal;
            long processedTotal;
            long forwardTotal;

            T3() {
                List<String> outcomes = new ArrayList<>(List.of("granted", "partially_granted"));
                outcomes.addAll(DENIED);
                outcomes.addAll(UNAVAILABLE);
                outcomes.addAll(NOT_PROCESSED);
                if (single6) {
                    outcomes.add("other");
                } else {
                    outcomes.addAll(OTHER3);
                }
                for (String o : outcomes) {
                    v.put(o, new long[7]);
                }
                long[] tp = new long[7];
                long[] nr = new long[7];
                long[] co = new long[7];
                long[] cf = new long[7];
                for (int c = 0; c < 6; c++) {
                    boolean active = c == 0 || (c == 1 && scale > 0) || p(0.3);
                    if (!active) {
                        continue;
                    }
                    int base = c == 0 ? (scale == 2 ? 2000 : scale == 1 ? 120 : 12) : (scale == 2 ? 150 : 8);
                    for (String o : outcomes) {
                        double prob = o.equals("granted") ? 0.95 : o.equals("unavailable_not_held") ? 0.7 : 0.3;
                        if (p(prob)) {
                            int cap = o.equals("granted") ? base : Math.max(1, base / 6);
                            v.get(o)[c] = 1 + r.nextInt(cap);
                        }
                    }
                    for (String o : outcomes) {
                        tp[c] += v.get(o)[c];
                    }
                    cf[c] = p(0.4) ? r.nextInt(Math.max(1, base / 10) + 1) : 0;
                    co[c] = p(0.4) ? r.nextInt((int) Math.min(tp[c] + cf[c], Math.max(1, base / 10)) + 1) : 0;
                    nr[c] = tp[c] + cf[c] - co[c];
                }
                rows.add("new_received");
                v.put("new_received", nr);
                rows.add("carried_over");
                v.put("carried_over", co);
                rows.addAll(outcomes);
                rows.add("total_processed");
                v.put("total_processed", tp);
                rows.add("carried_forward");
                v.put("carried_forward", cf);
                for (long[] row : v.values()) {
                    long s = 0;
                    for (int c = 0; c < 6; c++) {
                        s += row[c];
                    }
                    row[6] = s;
                }
                newTotal = nr[6];
                carriedTotal = co[6];
                processedTotal = tp[6];
                forwardTotal = cf[6];
            }

            String lbl(String key, boolean half) {
                String s = switch (key) {
                    case "new_received" -> "一、本年新收政府信息公开申请数量";
                    case "carried_over" -> "二、上年结转政府信息公开申请数量";
                    case "granted" -> "（一）予以公开";
                    case "partially_granted" -> p(0.15) ? "（二）部分公开（区分处理的，只计这一情况，不计其他情形）"
                            : "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
                    case "denied_state_secret" -> "1.属于国家秘密";
                    case "denied_prohibited_by_law" -> "2.其他法律行政法规禁止公开";
                    case "denied_security_stability" -> p(0.2) ? "3.危及三安全一稳定" : "3.危及“三安全一稳定”";
                    case "denied_third_party_rights" -> "4.保护第三方合法权益";
                    case "denied_internal_affairs" -> p(0.15) ? "5.属于三类内容事务信息" : "5.属于三类内部事务信息";
                    case "denied_process_information" -> "6.属于四类过程性信息";
                    case "denied_enforcement_case_file" -> "7.属于行政执法案卷";
                    case "denied_administrative_query" -> "8.属于行政查询事项";
                    case "unavailable_not_held" -> "1.本机关不掌握相关政府信息";
                    case "unavailable_needs_creation" -> "2.没有现成信息需要另行制作";
                    case "unavailable_unclear_after_correction" -> "3.补正后申请内容仍不明确";
                    case "not_processed_petition_complaint" -> "1.信访举报投诉类申请";
                    case "not_processed_duplicate" -> "2.重复申请";
                    case "not_processed_publication" -> "3.要求提供公开出版物";
                    case "not_processed_excessive" -> "4.无正当理由大量反复申请";
                    case "not_processed_confirmation" -> "5.要求行政机关确认或重新出具已获取信息";
                    case "other_no_correction" -> "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
                    case "other_unpaid_fee" -> "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";
                    case "other_other" -> "3.其他";
                    case "other" -> "（六）其他处理";
                    case "total_processed" -> "（七）总计";
                    case "carried_forward" -> "四、结转下年度继续办理";
                    default -> throw new IllegalArgumentException(key);
                };
                if (half) {
                    s = s.replace('（', '(').replace('）', ')').replace('，', ',');
                }
                return s;
            }

            String group(String key) {
                if (DENIED.contains(key)) {
                    return "（三）不予公开";
                }
                if (UNAVAILABLE.contains(key)) {
                    return "（四）无法提供";
                }
                if (NOT_PROCESSED.contains(key)) {
                    return "（五）不予处理";
                }
                if (OTHER3.contains(key)) {
                    return "（六）其他处理";
                }
                return null;
            }

            Table table() {
                Table t = new Table();
                int header = idx % 4;            // 0 official, 1 no 申请人情况 row, 2 flat, 3 official + broken labels
                int body = (idx / 4) % 4;        // 0 official spans, 1 repeated labels, 2 group split in two, 3 two label columns
                boolean half = p(0.25);
                boolean numComma = p(0.12);
                boolean spaced = header != 3 && p(0.15);
                String sep = header == 3 ? "\n" : "";
                if (half) {
                    traits.add("t3 half-width brackets");
                }
                if (numComma) {
                    traits.add("t3 sub-items numbered 1、");
                }
                traits.add("t3 header " + List.of("official", "without 申请人情况 row", "flat (no 法人或其他组织 group)",
                        "official with labels broken over lines").get(header) + (spaced ? ", spaced characters" : ""));
                traits.add("t3 body " + List.of("official spans", "group labels repeated per row",
                        "三、本年度办理结果 split into two merged cells", "two label columns, 三、本年度办理结果 as its own row").get(body));
                int labelCols = body == 3 ? 2 : 3;
                String note = p(0.8) ? "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" : "";
                if (note.isEmpty()) {
                    traits.add("t3 note cell empty");
                }
                List<String> subs = List.of("商业" + sep + "企业", "科研" + sep + "机构", "社会公" + sep + "益组织", "法律服" + sep + "务机构", "其他");
                String np = "自然人";
                if (spaced) {
                    np = "自 然 人";
                    subs = subs.stream().map(s -> String.join(" ", s.split(""))).toList();
                }
                String total = "总计";
                String legal = header == 3 ? "法人或" + sep + "其他组织" : "法人或其他组织";
                switch (header) {
                    case 0, 3 -> {
                        t.row().addAll(List.of(new Cell(note).span(3, labelCols), new Cell("申请人情况").span(1, 7)));
                        t.row().addAll(List.of(new Cell(np).span(2, 1), new Cell(legal).span(1, 5), new Cell(total).span(2, 1)));
                        List<Cell> h = t.row();
                        subs.forEach(s -> h.add(new Cell(s)));
                    }
                    case 1 -> {
                        t.row().addAll(List.of(new Cell(note).span(2, labelCols), new Cell(np).span(2, 1), new Cell(legal).span(1, 5),
                                new Cell(total).span(2, 1)));
                        List<Cell> h = t.row();
                        subs.forEach(s -> h.add(new Cell(s)));
                    }
                    default -> {
                        boolean withGroup = p(0.5);
                        List<Cell> h;
                        if (withGroup) {
                            t.row().addAll(List.of(new Cell(note).span(2, labelCols), new Cell("申请人情况").span(1, 7)));
                            h = t.row();
                        } else {
                            h = t.row();
                            h.add(new Cell(note).span(1, labelCols));
                        }
                        h.add(new Cell(np));
                        subs.forEach(s -> h.add(new Cell(s)));
                        h.add(new Cell(total));
                    }
                }
                int nOutcome = rows.size() - 4;
                int splitAt = 2 + 2 + 8 + 3; // the second group cell starts at （五）
                for (int i = 0; i < rows.size(); i++) {
                    String key = rows.get(i);
                    List<Cell> row = t.row();
                    String label = lbl(key, half);
                    if (numComma) {
                        label = label.replaceFirst("^(\\d)\\.", "$1、");
                    }
                    boolean top = key.equals("new_received") || key.equals("carried_over") || key.equals("carried_forward");
                    if (top) {
                        row.add(new Cell(label).span(1, labelCols));
                    } else {
                        if (body == 3) {
                            if (key.equals("granted")) {
                                // 三、本年度办理结果 on a row of its own, values empty
                                List<Cell> g = new ArrayList<>();
                                g.add(new Cell("三、本年度办理结果").span(1, labelCols));
                                for (int c = 0; c < 7; c++) {
                                    g.add(new Cell(""));
                                }
                                t.rows.add(t.rows.size() - 1, g);
                            }
                        } else if (body == 0) {
                            if (key.equals("granted")) {
                                row.add(new Cell("三、本年度办理结果").span(nOutcome + 1, 1));
                            }
                        } else if (body == 1) {
                            row.add(new Cell("三、本年度办理结果"));
                        } else {
                            if (key.equals("granted")) {
                                row.add(new Cell("三、本年度办理结果").span(splitAt - 2, 1));
                            } else if (i == splitAt) {
                                row.add(new Cell("三、本年度办理结果").span(rows.size() - 1 - splitAt, 1));
                            }
                        }
                        String g = group(key);
                        if (g == null) {
                            row.add(new Cell(label).span(1, 2));
                        } else {
                            if (half) {
                                g = g.replace('（', '(').replace('）', ')');
                            }
                            boolean firstInGroup = !g.equals(groupOf(rows.get(i - 1), half));
                            if (body == 1) {
                                row.add(new Cell(g));
                            } else if (firstInGroup) {
                                int n = 0;
                                for (int j = i; j < rows.size() && g.equals(groupOf(rows.get(j), half)); j++) {
                                    n++;
                                }
                                row.add(new Cell(g).span(n, 1));
                            }
                            row.add(new Cell(label));
                        }
                    }
                    long[] vals = v.get(key);
                    for (int c = 0; c < 7; c++) {
                        row.add(put("t3." + key + "." + T3_COLS.get(c), count(vals[c], c >= 1 && c <= 5)));
                    }
                }
                if (p(0.25)) {
                    t.row().add(new Cell("注：申请人情况按申请人类型统计，单位：件。").span(1, labelCols + 7));
                    traits.add("notes row inside t3");
                }
                if (p(0.4)) {
                    t.style = "col-narrow";
                    traits.add("t3 narrow label columns (labels wrap)");
                }
                return t;
            }

            String groupOf(String key, boolean half) {
                String g = group(key);
                if (g != null && half) {
                    g = g.replace('（', '(').replace('）', ')');
                }
                return g;
            }
        }

        // ------------------------------------------------------------ t4
        final class T4 {
            final long[][] v = new long[3][5];
            long reviewTotal;
            long litigationTotal;

            T4() {
                for (int i = 0; i < 3; i++) {
                    if (p(0.4)) {
                        continue;
                    }
                    for (int j = 0; j < 4; j++) {
                        v[i][j] = p(0.5) ? 0 : (scale == 2 && p(0.5) ? 10 + r.nextInt(120) : 1 + r.nextInt(4));
                    }
                    v[i][4] = v[i][0] + v[i][1] + v[i][2] + v[i][3];
                }
                reviewTotal = v[0][4];
                litigationTotal = v[1][4] + v[2][4];
            }

            Table table() {
                Table t = new Table();
                int style = r.nextInt(4); // 0 official, 1 one char per line, 2 two lines, 3 spaced
                traits.add("t4 header " + List.of("official", "one character per line", "labels over two lines",
                        "labels with a space (结果 维持)").get(style));
                List<String> heads = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
                List<String> h = heads.stream().map(s -> switch (style) {
                    case 1 -> String.join("\n", s.split(""));
                    case 2 -> s.length() == 4 ? s.substring(0, 2) + "\n" + s.substring(2) : s;
                    case 3 -> s.length() == 4 ? s.substring(0, 2) + " " + s.substring(2) : s;
                    default -> s;
                }).toList();
                String ry = style == 1 ? String.join("\n", "行政复议".split("")) : "行政复议";
                String direct = style >= 1 && p(0.6) ? "未经复议\n直接起诉" : "未经复议直接起诉";
                String after = style >= 1 && p(0.6) ? "复议后\n起诉" : "复议后起诉";
                t.row().addAll(List.of(new Cell(ry).span(1, 5), new Cell("行政诉讼").span(1, 10)));
                List<Cell> r2 = t.row();
                h.forEach(s -> r2.add(new Cell(s).span(2, 1)));
                r2.add(new Cell(direct).span(1, 5));
                r2.add(new Cell(after).span(1, 5));
                List<Cell> r3 = t.row();
                for (int k = 0; k < 2; k++) {
                    h.forEach(s -> r3.add(new Cell(s)));
                }
                List<Cell> row = t.row();
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 5; j++) {
                        row.add(put("t4." + T4_ROWS.get(i) + "." + T4_COLS.get(j), count(v[i][j], false)));
                    }
                }
                if (p(0.2)) {
                    t.row().add(new Cell("注：行政复议、行政诉讼均为因政府信息公开引起的案件。").span(1, 15));
                    traits.add("notes row inside t4");
                }
                return t;
            }
        }
    }

    static final List<String> NARRATIVE = List.of(
            "（一）主动公开。{A}坚持以公开为常态、不公开为例外，围绕中心工作，及时准确公开各类政府信息，全年通过门户网站主动公开政府信息若干条，其中政策文件、工作动态、人事信息均按要求及时发布。",
            "（三）政府信息管理。{A}严格落实政府信息公开属性源头认定机制，对拟公开的信息实行“三审三校”，定期开展政策文件清理，动态更新政府信息公开指南和目录。",
            "（四）政府信息公开平台建设。持续优化门户网站政府信息公开专栏，规范栏目设置，加强政务新媒体管理，全年未发生泄密和不当公开情况。",
            "（五）监督保障。将政务公开工作纳入年度绩效考核，组织开展业务培训两次，定期通报检查情况，确保各项工作要求落到实处。",
            "在政策解读方面，坚持政策文件与解读材料同步组织、同步审签、同步部署，采用图解、视频等多种形式开展解读，提高政策知晓度。",
            "在回应关切方面，通过12345热线、领导信箱等渠道收集群众诉求，对社会关注的热点问题及时发布权威信息，全年办理留言若干件，办结率100%。");

    // ---------------------------------------------------------------- rendering
    static String html(Gen g, boolean borders) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(g.doc.title)
                .append("</title>\n<style>\n");
        g.doc.css.forEach(c -> sb.append(c).append('\n'));
        sb.append("table.col-narrow td:first-child { width: 5em; }\n");
        if (!borders) {
            sb.append("table, td, th { border: none !important; }\n");
        }
        sb.append("</style>\n</head>\n<body>\n<h1>").append(g.doc.title).append("</h1>\n");
        for (Object b : g.doc.blocks) {
            if (b instanceof String s) {
                sb.append("<p>").append(s).append("</p>\n");
            } else {
                Table t = (Table) b;
                sb.append(t.style.isEmpty() ? "<table border=\"1\" cellspacing=\"0\">\n"
                        : "<table border=\"1\" cellspacing=\"0\" class=\"" + t.style + "\">\n");
                for (List<Cell> row : t.rows) {
                    sb.append("<tr>");
                    for (Cell c : row) {
                        sb.append("<td");
                        if (c.rs > 1) {
                            sb.append(" rowspan=\"").append(c.rs).append('"');
                        }
                        if (c.cs > 1) {
                            sb.append(" colspan=\"").append(c.cs).append('"');
                        }
                        sb.append('>').append(c.text.replace("\u00a0", "&nbsp;").replace("\n", "<br>")).append("</td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</table>\n");
            }
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    static String tabbed(Gen g) {
        StringBuilder sb = new StringBuilder(g.doc.title).append('\n');
        for (Object b : g.doc.blocks) {
            if (b instanceof String s) {
                sb.append(s.replaceAll("<[^>]+>", "")).append('\n');
                continue;
            }
            Table t = (Table) b;
            List<String[]> grid = new ArrayList<>();
            int width = 0;
            for (Cell c : t.rows.get(0)) {
                width += c.cs;
            }
            for (List<Cell> row : t.rows) {
                int w = 0;
                for (Cell c : row) {
                    w += c.cs;
                }
                width = Math.max(width, w);
            }
            boolean[][] used = new boolean[t.rows.size() + 30][width + 20];
            for (int i = 0; i < t.rows.size(); i++) {
                while (grid.size() <= i) {
                    grid.add(new String[width + 20]);
                }
                int col = 0;
                for (Cell c : t.rows.get(i)) {
                    while (used[i][col]) {
                        col++;
                    }
                    for (int a = 0; a < c.rs; a++) {
                        for (int bb = 0; bb < c.cs; bb++) {
                            used[i + a][col + bb] = true;
                        }
                    }
                    grid.get(i)[col] = c.text.replace("\n", g.doc.brJoin);
                    col += c.cs;
                }
            }
            for (String[] row : grid) {
                int last = 0;
                for (int c = 0; c < row.length; c++) {
                    if (row[c] != null) {
                        last = c;
                    }
                }
                int n = Math.max(width, last + 1);
                for (int c = 0; c < n; c++) {
                    sb.append(row[c] == null ? "" : row[c]).append('\t');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    static String truthJson(Gen g, String id) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("id", id);
        root.put("agency", g.agency);
        root.put("year", g.year);
        root.put("format", g.format);
        root.put("origin", "synthetic: io.github.xxgk.stress.StressCorpus");
        root.put("tables_obtained_from", "generated");
        ArrayNode cells = root.putArray("cells");
        for (Map.Entry<String, Val> e : g.truth.entrySet()) {
            String[] k = e.getKey().split("\\.");
            ObjectNode c = cells.addObject();
            c.put("table", k[0]);
            c.put("row", k[1]);
            c.put("col", k[2]);
            if (e.getValue().value() == null) {
                c.putNull("value");
            } else {
                c.put("value", e.getValue().value());
            }
            c.put("raw", e.getValue().raw().replace("\u00a0", "&nbsp;"));
            if (e.getValue().unit() != null) {
                c.put("unit", e.getValue().unit());
            }
        }
        return m.writeValueAsString(root) + "\n";
    }

    static void run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
    }

    /** Writes report number {@code idx} of the corpus drawn with {@code seed} into {@code dir}; plain.html goes to {@code plainHtml}. */
    static Gen write(Path dir, int idx, long seed) throws IOException {
        return write(dir, idx, seed, false);
    }

    /** As {@link #write(Path, int, long)}, with every zero count printed blank when {@code blankZeros}. */
    static Gen write(Path dir, int idx, long seed, boolean blankZeros) throws IOException {
        Gen g = new Gen(idx, seed, blankZeros);
        g.build();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("source.html"), html(g, true), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tabbed.txt"), tabbed(g), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("truth.json"), truthJson(g, dir.getFileName().toString()), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "Synthetic report " + dir.getFileName() + " (StressCorpus, seed " + seed + ", index " + idx + ").\n"
                + "Variation:\n- " + String.join("\n- ", g.traits) + "\n", StandardCharsets.UTF_8);
        return g;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/stress");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2024;
        boolean renderAll = !List.of(args).contains("--no-render");
        boolean blankZeros = List.of(args).contains("--blank-zeros");
        for (int i = 0; i < count; i++) {
            Path dir = out.resolve(String.format("s%02d", i));
            Gen g = write(dir, i, seed, blankZeros);
            if (renderAll) {
                Path tmp = Files.createTempDirectory("stress-plain");
                Path plain = tmp.resolve("plain.html");
                Files.writeString(plain, html(g, false), StandardCharsets.UTF_8);
                renderWithPlain(dir, plain);
                Files.delete(plain);
                Files.delete(tmp);
            }
            System.out.println(dir + ": " + g.doc.title + " — " + String.join("; ", g.traits));
        }
    }

    static void renderWithPlain(Path dir, Path plainHtml) throws IOException, InterruptedException {
        Path abs = dir.toAbsolutePath();
        Path tmp = Files.createTempDirectory("stress-render");
        try {
            run(abs, List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + tmp.resolve("profile"), "--print-to-pdf=" + abs.resolve("chrome.pdf"),
                    abs.resolve("source.html").toUri().toString()));
            run(abs, List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + tmp.resolve("profile"), "--print-to-pdf=" + abs.resolve("plain.pdf"),
                    plainHtml.toAbsolutePath().toUri().toString()));
            String profile = "-env:UserInstallation=" + tmp.resolve("lo").toUri();
            run(abs, List.of("soffice", profile, "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", tmp.toString(), abs.resolve("source.html").toString()));
            Files.move(tmp.resolve("source.docx"), abs.resolve("source.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            run(abs, List.of("soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", tmp.toString(),
                    abs.resolve("source.docx").toString()));
            Files.move(tmp.resolve("source.pdf"), abs.resolve("writer.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (var walk = Files.walk(tmp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
