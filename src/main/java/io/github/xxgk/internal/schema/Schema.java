package io.github.xxgk.internal.schema;

import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.Format;
import io.github.xxgk.report.TableId;
import io.github.xxgk.internal.normalize.Ordinal;

import java.util.ArrayList;
import java.util.List;

/**
 * The official tables of both formats as data (docs/format.md "The three tables and the two formats" and
 * "Canonical keys").
 * Labels are written in normalized form (half-width punctuation, no numbering prefix): that is what
 * {@link io.github.xxgk.internal.normalize.LabelNormalizer} gives for a printed label.
 */
public final class Schema {

    private Schema() {
    }

    // ---- t2 -------------------------------------------------------------------------------------------

    private static final ColumnDef ISSUED = ColumnDef.of("issued", "本年制发件数");
    private static final ColumnDef REPEALED = ColumnDef.of("repealed", "本年废止件数");
    private static final ColumnDef IN_FORCE = ColumnDef.of("in_force", "现行有效件数");
    private static final ColumnDef DECISIONS_2021 = ColumnDef.of("decisions", "本年处理决定数量");
    private static final ColumnDef AMOUNT = new ColumnDef("amount", "本年收费金额(单位:万元)", List.of("本年收费金额"), "万元");

    private static final ColumnDef NEWLY_MADE = ColumnDef.of("newly_made", "本年新制作数量");
    private static final ColumnDef NEWLY_PUBLISHED = ColumnDef.of("newly_published", "本年新公开数量");
    private static final ColumnDef TOTAL_PUBLISHED = ColumnDef.of("total_published", "对外公开总数量");
    private static final ColumnDef PRIOR = ColumnDef.of("prior_year_items", "上一年项目数量");
    private static final ColumnDef CHANGE = ColumnDef.of("change", "本年增/减", "本年增减");
    private static final ColumnDef DECISIONS_2019 = ColumnDef.of("decisions", "处理决定数量");
    private static final ColumnDef PROCUREMENT_ITEMS = ColumnDef.of("procurement_items", "采购项目数量");
    private static final ColumnDef PROCUREMENT_AMOUNT = ColumnDef.of("procurement_amount", "采购总金额");

    private static RowDef t2(String key, String label, String... aliases) {
        return new RowDef(key, label, null, null, List.of(aliases));
    }

    private static final RowDef RULES = t2("rules", "规章");
    private static final RowDef NORMATIVE_2021 = t2("normative_documents", "行政规范性文件", "规范性文件");
    private static final RowDef NORMATIVE_2019 = t2("normative_documents", "规范性文件", "行政规范性文件");
    private static final RowDef LICENSING = t2("administrative_licensing", "行政许可");
    private static final RowDef OTHER_SERVICES = t2("other_external_services", "其他对外管理服务事项");
    private static final RowDef PENALTY = t2("administrative_penalty", "行政处罚");
    private static final RowDef COERCION = t2("administrative_coercion", "行政强制");
    private static final RowDef FEES = t2("administrative_fees", "行政事业性收费");
    private static final RowDef PROCUREMENT = t2("centralized_procurement", "政府集中采购");

    public static final List<T2Block> T2_2021 = List.of(
            new T2Block("第二十条第(一)项", List.of(RULES, NORMATIVE_2021), List.of(ISSUED, REPEALED, IN_FORCE)),
            new T2Block("第二十条第(五)项", List.of(LICENSING), List.of(DECISIONS_2021)),
            new T2Block("第二十条第(六)项", List.of(PENALTY, COERCION), List.of(DECISIONS_2021)),
            new T2Block("第二十条第(八)项", List.of(FEES), List.of(AMOUNT)));

    public static final List<T2Block> T2_2019 = List.of(
            new T2Block("第二十条第(一)项", List.of(RULES, NORMATIVE_2019), List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED)),
            new T2Block("第二十条第(五)项", List.of(LICENSING, OTHER_SERVICES), List.of(PRIOR, CHANGE, DECISIONS_2019)),
            new T2Block("第二十条第(六)项", List.of(PENALTY, COERCION), List.of(PRIOR, CHANGE, DECISIONS_2019)),
            new T2Block("第二十条第(八)项", List.of(FEES), List.of(PRIOR, CHANGE)),
            new T2Block("第二十条第(九)项", List.of(PROCUREMENT), List.of(PROCUREMENT_ITEMS, PROCUREMENT_AMOUNT)));

    /** Column headers that only one format prints: they decide the format (docs/format.md, "the two formats"). */
    public static final List<ColumnDef> T2_COLUMNS_2021 = List.of(ISSUED, REPEALED, IN_FORCE, DECISIONS_2021, AMOUNT);
    public static final List<ColumnDef> T2_COLUMNS_2019 =
            List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED, PRIOR, CHANGE, DECISIONS_2019, PROCUREMENT_ITEMS, PROCUREMENT_AMOUNT);
    public static final List<RowDef> T2_ROWS = List.of(RULES, NORMATIVE_2021, LICENSING, OTHER_SERVICES, PENALTY, COERCION, FEES, PROCUREMENT);

    public static List<T2Block> t2(Format format) {
        return format == Format.F2021 ? T2_2021 : T2_2019;
    }

    // ---- t3 -------------------------------------------------------------------------------------------

    public static final List<ColumnDef> T3_COLUMNS = List.of(
            ColumnDef.of("natural_person", "自然人"),
            ColumnDef.of("commercial_enterprise", "商业企业"),
            ColumnDef.of("research_institution", "科研机构"),
            ColumnDef.of("social_welfare_org", "社会公益组织"),
            ColumnDef.of("legal_service_org", "法律服务机构"),
            ColumnDef.of("other_org", "其他", "其他组织"),
            ColumnDef.of("total", "总计", "合计"));

    /** Headings table 三 prints above its columns, naming a group of them, not a column of its own. */
    public static final List<String> T3_COLUMN_GROUPS = List.of("申请人情况", "法人或其他组织");

    /** Block keys of table 三: the headings that hold sub-items. */
    public static final String OUTCOMES = "outcomes";
    public static final String DENIED = "denied";
    public static final String UNAVAILABLE = "unavailable";
    public static final String NOT_PROCESSED = "not_processed";
    public static final String OTHER = "other_block";

    private static RowDef row(String key, String label, String block, Ordinal ordinal, String... aliases) {
        return new RowDef(key, label, block, ordinal, List.of(aliases));
    }

    /** Headings of table 三 that carry no values of their own but open a block. */
    public static final List<RowDef> T3_BLOCKS = List.of(
            row(OUTCOMES, "本年度办理结果", null, Ordinal.section(3)),
            row(DENIED, "不予公开", OUTCOMES, Ordinal.block(3)),
            row(UNAVAILABLE, "无法提供", OUTCOMES, Ordinal.block(4)),
            row(NOT_PROCESSED, "不予处理", OUTCOMES, Ordinal.block(5)),
            row(OTHER, "其他处理", OUTCOMES, Ordinal.block(6)));

    private static final List<RowDef> T3_HEAD = List.of(
            row("new_received", "本年新收政府信息公开申请数量", null, Ordinal.section(1)),
            row("carried_over", "上年结转政府信息公开申请数量", null, Ordinal.section(2)),
            row("granted", "予以公开", OUTCOMES, Ordinal.block(1)),
            row("partially_granted", "部分公开(区分处理的,只计这一情形,不计其他情形)", OUTCOMES, Ordinal.block(2), "部分公开"),
            row("denied_state_secret", "属于国家秘密", DENIED, Ordinal.item(1)),
            row("denied_prohibited_by_law", "其他法律行政法规禁止公开", DENIED, Ordinal.item(2)),
            row("denied_security_stability", "危及三安全一稳定", DENIED, Ordinal.item(3)),
            row("denied_third_party_rights", "保护第三方合法权益", DENIED, Ordinal.item(4)),
            row("denied_internal_affairs", "属于三类内部事务信息", DENIED, Ordinal.item(5)),
            row("denied_process_information", "属于四类过程性信息", DENIED, Ordinal.item(6)),
            row("denied_enforcement_case_file", "属于行政执法案卷", DENIED, Ordinal.item(7)),
            row("denied_administrative_query", "属于行政查询事项", DENIED, Ordinal.item(8)),
            row("unavailable_not_held", "本机关不掌握相关政府信息", UNAVAILABLE, Ordinal.item(1)),
            row("unavailable_needs_creation", "没有现成信息需要另行制作", UNAVAILABLE, Ordinal.item(2)),
            row("unavailable_unclear_after_correction", "补正后申请内容仍不明确", UNAVAILABLE, Ordinal.item(3)),
            row("not_processed_petition_complaint", "信访举报投诉类申请", NOT_PROCESSED, Ordinal.item(1)),
            row("not_processed_duplicate", "重复申请", NOT_PROCESSED, Ordinal.item(2)),
            row("not_processed_publication", "要求提供公开出版物", NOT_PROCESSED, Ordinal.item(3)),
            row("not_processed_excessive", "无正当理由大量反复申请", NOT_PROCESSED, Ordinal.item(4)),
            row("not_processed_confirmation", "要求行政机关确认或重新出具已获取信息", NOT_PROCESSED, Ordinal.item(5)));

    public static final RowDef OTHER_SINGLE = row("other", "其他处理", OUTCOMES, Ordinal.block(6));
    public static final List<RowDef> OTHER_SPLIT = List.of(
            row("other_no_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", OTHER, Ordinal.item(1)),
            row("other_unpaid_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", OTHER, Ordinal.item(2)),
            row("other_other", "其他", OTHER, Ordinal.item(3)));

    private static final List<RowDef> T3_TAIL = List.of(
            row("total_processed", "总计", OUTCOMES, Ordinal.block(7), "合计"),
            row("carried_forward", "结转下年度继续办理", null, Ordinal.section(4)));

    /** The data rows of table 三 in published order, with （六） as one row or as its three sub-rows. */
    public static List<RowDef> t3Rows(boolean otherSplit) {
        List<RowDef> rows = new ArrayList<>(T3_HEAD);
        if (otherSplit) {
            rows.addAll(OTHER_SPLIT);
        } else {
            rows.add(OTHER_SINGLE);
        }
        rows.addAll(T3_TAIL);
        return List.copyOf(rows);
    }

    /** Every data row of table 三 that either shape can have. */
    public static final List<RowDef> T3_ALL_ROWS;

    static {
        List<RowDef> all = new ArrayList<>(T3_HEAD);
        all.addAll(OTHER_SPLIT);
        all.add(OTHER_SINGLE);
        all.addAll(T3_TAIL);
        T3_ALL_ROWS = List.copyOf(all);
    }

    /** The outcome rows whose sum is （七）总计 (relation T3-B). */
    public static List<String> outcomeKeys(boolean otherSplit) {
        List<String> keys = new ArrayList<>();
        for (RowDef r : t3Rows(otherSplit)) {
            if (!r.key().equals("new_received") && !r.key().equals("carried_over")
                    && !r.key().equals("total_processed") && !r.key().equals("carried_forward")) {
                keys.add(r.key());
            }
        }
        return keys;
    }

    // ---- t4 -------------------------------------------------------------------------------------------

    public static final List<String> T4_ROWS = List.of("review", "litigation_direct", "litigation_after_review");
    public static final List<ColumnDef> T4_COLUMNS = List.of(
            ColumnDef.of("upheld", "结果维持"),
            ColumnDef.of("corrected", "结果纠正"),
            ColumnDef.of("other_result", "其他结果"),
            ColumnDef.of("pending", "尚未审结"),
            ColumnDef.of("total", "总计"));

    // ---- every cell -----------------------------------------------------------------------------------

    /** Every cell a report of this format and t3 shape must have, in output order. */
    public static List<CellKey> expectedCells(Format format, boolean otherSplit) {
        List<CellKey> keys = new ArrayList<>();
        for (T2Block block : t2(format)) {
            for (RowDef r : block.rows()) {
                for (ColumnDef c : block.columns()) {
                    keys.add(new CellKey(TableId.T2, r.key(), c.key()));
                }
            }
        }
        for (RowDef r : t3Rows(otherSplit)) {
            for (ColumnDef c : T3_COLUMNS) {
                keys.add(new CellKey(TableId.T3, r.key(), c.key()));
            }
        }
        for (String r : T4_ROWS) {
            for (ColumnDef c : T4_COLUMNS) {
                keys.add(new CellKey(TableId.T4, r, c.key()));
            }
        }
        return keys;
    }
}
