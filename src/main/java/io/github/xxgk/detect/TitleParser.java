package io.github.xxgk.detect;

import io.github.xxgk.normalize.LabelNormalizer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agency and the year from a report's title, e.g. "广东省政务服务和数据管理局 2023 年 政府信息公开工作年度报告"
 * (spaces included) or "2023年度XX局政府信息公开工作年度报告".
 */
public final class TitleParser {

    /** What the title gave; either part may be null. */
    public record Title(String agency, Integer year, String text) {
    }

    private static final Pattern REPORT = Pattern.compile("(政府)?信息公开(工作)?(年度)?(报告|年报)");
    private static final Pattern AGENCY_YEAR = Pattern.compile("^(.*?)(?:关于)?((?:19|20)\\d{2})年度?(.*)$");

    private static final Pattern PERIOD = Pattern.compile(
            "(?:统计|数据)[^。]{0,12}?(?:时限|期限|期间|时间|截止|范围)[^。]{0,8}?((?:19|20)\\d{2})年1月1日");
    private static final Pattern AGENCY_LINE = Pattern.compile("(政府|局|委员会|委|办公室|办|厅|院|中心|镇|乡|街道|区|县|市|省|署|会|所|站|队)$");
    private static final Pattern CHINESE_YEAR = Pattern.compile("([一二〇零○Ｏ][〇零○Ｏ一二三四五六七八九]{3})年");

    private TitleParser() {
    }

    /** Looks at the first lines before the tables; the first that reads like a report title wins. */
    public static Title parse(List<String> lines, String hintTitle, String hintAgency) {
        for (int i = 0; i < lines.size(); i++) {
            Title t = parseLine(lines.get(i));
            if (t == null && i + 1 < lines.size() && lines.get(i).contains("信息公开")) {
                // the title wrapped at the page width: "…2019 年政府信息公开工作年度" / "报告"
                t = parseLine(lines.get(i).strip() + lines.get(i + 1).strip());
            }
            if (t != null) {
                if (t.agency() == null && i > 0) {
                    // a title broken over two lines: "XX县人民政府办公室" / "2023年政府信息公开工作年度报告"
                    String previous = clean(lines.get(i - 1));
                    if (previous != null && previous.length() <= 30 && AGENCY_LINE.matcher(previous).find()) {
                        t = new Title(previous, t.year(), lines.get(i - 1).strip() + lines.get(i).strip());
                    }
                }
                return withHint(t, hintAgency);
            }
        }
        if (hintTitle != null) {
            Title t = parseLine(hintTitle);
            if (t != null) {
                return withHint(t, hintAgency);
            }
        }
        return new Title(clean(hintAgency), null, null);
    }

    /**
     * As {@link #parse(List, String, String)}; when no title gives the year (a title page printed as an image),
     * the statistics period of the preamble does: "本报告中所列数据统计时限为 2022 年1 月1日至 2022 年12 月31日".
     */
    public static Title parse(List<String> lines, String hintTitle, String hintAgency, String preamble) {
        Title t = parse(lines, hintTitle, hintAgency);
        if (t.year() != null || preamble == null) {
            return t;
        }
        Matcher m = PERIOD.matcher(LabelNormalizer.text(preamble.length() > 4000 ? preamble.substring(0, 4000) : preamble));
        return m.find() ? new Title(t.agency(), Integer.parseInt(m.group(1)), t.text()) : t;
    }

    private static Title withHint(Title t, String hintAgency) {
        if ((t.agency() == null || t.agency().isEmpty()) && hintAgency != null) {
            return new Title(clean(hintAgency), t.year(), t.text());
        }
        return t;
    }

    static Title parseLine(String line) {
        if (line == null || line.length() > 160) {
            return null;
        }
        String s = chineseYear(LabelNormalizer.text(line));
        if (s.length() > 80) {
            return null;
        }
        Matcher report = REPORT.matcher(s);
        if (!report.find()) {
            return null;
        }
        String head = s.substring(0, report.start());
        Matcher m = AGENCY_YEAR.matcher(head);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(2));
        String agency = m.group(1);
        if (agency.isEmpty()) {
            // "2023年度XX局政府信息公开…": the agency follows the year
            agency = m.group(3);
        }
        return new Title(clean(agency), year, line.strip());
    }

    /** 二〇二三年 → 2023年. */
    static String chineseYear(String s) {
        java.util.regex.Matcher m = CHINESE_YEAR.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : m.group(1).toCharArray()) {
            int d = "〇一二三四五六七八九".indexOf(c);
            digits.append(d >= 0 ? d : 0);
        }
        return s.substring(0, m.start(1)) + digits + s.substring(m.end(1));
    }

    private static String clean(String agency) {
        if (agency == null) {
            return null;
        }
        String a = LabelNormalizer.text(agency).replaceAll("^[《<]+|[》>]+$", "").replaceAll("关于$", "");
        return a.isEmpty() ? null : a;
    }
}
