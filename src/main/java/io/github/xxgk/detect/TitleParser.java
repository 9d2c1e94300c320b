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

    private TitleParser() {
    }

    /** Looks at the first lines before the tables; the first that reads like a report title wins. */
    public static Title parse(List<String> lines, String hintTitle, String hintAgency) {
        for (String line : lines) {
            Title t = parseLine(line);
            if (t != null) {
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
        String s = LabelNormalizer.text(line);
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

    private static String clean(String agency) {
        if (agency == null) {
            return null;
        }
        String a = LabelNormalizer.text(agency).replaceAll("^[《<]+|[》>]+$", "").replaceAll("关于$", "");
        return a.isEmpty() ? null : a;
    }
}
