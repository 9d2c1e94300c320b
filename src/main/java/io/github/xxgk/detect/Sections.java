package io.github.xxgk.detect;

import io.github.xxgk.normalize.LabelNormalizer;
import io.github.xxgk.source.Row;

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

    private Sections() {
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
