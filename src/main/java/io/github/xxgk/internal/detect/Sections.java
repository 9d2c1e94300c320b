package io.github.xxgk.internal.detect;

import io.github.xxgk.report.NarrativePart;
import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.source.model.Row;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the report's parts begin: the section headings (一、总体情况, 二、主动公开政府信息情况,
 * 三、收到和处理政府信息公开申请情况, 四、…行政复议、行政诉讼情况, 五、…), and, where a heading is missing, the header
 * rows by which a table announces itself.
 */
public final class Sections {

    /** The parts of a report the grid stage reads differently. */
    public enum Section { NONE, NARRATIVE, T2, T3, T4, AFTER }

    private static final Pattern OVERVIEW = Pattern.compile("^[一1][、.．]?总体情况.*|^一、概述.*");
    private static final Pattern NUMBERED = Pattern.compile("^[二三四五六七八][、.．].*|^\\([二三四五六七八]\\).*");
    private static final Pattern T3_HEADING = Pattern.compile("^三、.*依申请.*情况.*");
    private static final Pattern LATER = Pattern.compile("^[五六][、.．].*");

    /**
     * A narrative heading: a Chinese numeral (as printed, 一 to 十; a report that leaves a section out renumbers the
     * rest) and the title. Numbered sub-headings such as （一） never match.
     */
    private static final Pattern NARRATIVE_HEADING = Pattern.compile("^\\s*(第?[一二三四五六七八九十]{1,2}(?:部分)?)\\s*[、.．，,:：]?\\s*(\\S.*)$");

    /** How an unnumbered heading ends: a title, not a table's column words (行政复议 行政诉讼). */
    private static final Pattern UNNUMBERED_END = Pattern.compile(".*(?:情况|事项|措施|概述|问题)$");

    /** A heading the narrative starts a part at: the part, its number as printed and its title. */
    public record Heading(NarrativePart part, String number, String title) {
    }

    private Sections() {
    }

    /**
     * The narrative heading this row is (a paragraph, or a table row holding only the heading, as when the title
     * sits in bold in a table's first cell), or null. The title is matched on its words, so the usual variants
     * of each title are one part: 存在的主要问题及改进情况 / 存在的主要问题及整改措施 / 存在的问题及改进措施 …
     */
    public static Heading narrativeHeading(Row row) {
        String first = RowKinds.firstText(row);
        if (first == null || RowKinds.valueCount(row) > 0 || !first.strip().equals(row.text().strip())) {
            return null;
        }
        String printed = first.strip().replaceAll("\\s+", " ");
        if (printed.length() > 60) {
            return null;
        }
        Matcher m = NARRATIVE_HEADING.matcher(printed);
        String number = m.matches() ? m.group(1) : "";
        String title = m.matches() ? m.group(2) : printed;
        NarrativePart part = part(LabelNormalizer.text(title));
        if (part == null) {
            return null;
        }
        // an unnumbered line is a heading only when it is the title and little else (总体情况, not a sentence)
        if (number.isEmpty() && (row.tableRow() || LabelNormalizer.text(title).length() > 22
                || !Character.isIdeographic(title.codePointAt(0)) || !UNNUMBERED_END.matcher(title).matches())) {
            return null;
        }
        return new Heading(part, number, title);
    }

    /** The part a normalized section title names, or null: "总体情况" is the overview, "…行政复议…" the fourth. */
    static NarrativePart part(String t) {
        if (t.length() > 40 || t.endsWith("。") || t.contains("，")) {
            return null;
        }
        if (t.startsWith("总体情况") || t.startsWith("概述") || t.startsWith("总体概述") || t.equals("基本情况")) {
            return NarrativePart.OVERVIEW;
        }
        if (t.contains("其他需要报告") || t.contains("其他需报告") || t.startsWith("其他事项") || t.startsWith("其他需要说明")) {
            return NarrativePart.OTHER;
        }
        if (t.contains("问题") && (t.contains("存在") || t.contains("改进") || t.contains("整改") || t.contains("措施"))
                || t.startsWith("存在的不足") || t.startsWith("存在不足")) {
            return NarrativePart.PROBLEMS;
        }
        if (t.contains("行政复议") || t.contains("行政法复议") || t.contains("行政诉讼")) {
            return NarrativePart.REVIEW_LITIGATION;
        }
        if (t.contains("主动公开")) {
            return NarrativePart.PROACTIVE;
        }
        if (t.contains("依申请") || t.contains("收到和处理") || t.contains("公开申请")) {
            return NarrativePart.REQUESTS;
        }
        return null;
    }

    /** A heading row: short, numbered like a section, naming one of the report's parts. */
    public static Section heading(Row row) {
        String first = RowKinds.firstText(row);
        if (first == null || first.length() > 90) {
            return null;
        }
        String t = LabelNormalizer.text(first);
        if (t.length() > 45 || RowKinds.valueCount(row) > 0) {
            return null;
        }
        if (OVERVIEW.matcher(t).matches()) {
            return Section.NARRATIVE;
        }
        // an unnumbered heading is a short paragraph of its own, not a line of prose that names the parts
        boolean numbered = NUMBERED.matcher(t).matches() || (!row.tableRow() && t.length() <= 22);
        if (!numbered) {
            return null;
        }
        if (t.contains("主动公开政府信息情况") || t.startsWith("二、主动公开")) {
            return Section.T2;
        }
        if (t.contains("收到和处理政府信息公开申请") || T3_HEADING.matcher(t).matches()) {
            return Section.T3;
        }
        if ((t.contains("行政复议") || t.contains("行政法复议")) && t.contains("行政诉讼") && (t.startsWith("四") || t.endsWith("情况"))) {
            return Section.T4;
        }
        if (LATER.matcher(t).matches() && (t.contains("问题") || t.contains("其他需要报告") || t.contains("改进"))) {
            return Section.AFTER;
        }
        return null;
    }

    /** Where a report lacks a heading, a table's own header rows say which table follows. */
    public static Section implicit(Row row, Section section) {
        if (!row.tableRow()) {
            return null;
        }
        String text = row.text();
        String t = LabelNormalizer.text(text.length() > 120 ? text.substring(0, 120) : text);
        if (section != Section.T2 && (t.startsWith("第二十条第") || t.startsWith("信息内容"))) {
            return Section.T2;
        }
        if (section != Section.T3 && (t.contains("本列数据的勾稽关系") || t.startsWith("申请人情况")
                || t.contains("本年新收政府信息公开申请数量"))) {
            return Section.T3;
        }
        if (section != Section.T4 && t.startsWith("行政复议") && t.contains("行政诉讼") && t.length() < 60) {
            return Section.T4;
        }
        return null;
    }
}
