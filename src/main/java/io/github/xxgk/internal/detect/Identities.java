package io.github.xxgk.internal.detect;

import io.github.xxgk.internal.normalize.LabelNormalizer;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts together who published a report and for which year from everything that may print it: the title in the
 * body (over up to three lines), a page's or document's own title (a web page's 标题 or {@code <title>}, a Word
 * page header, a PDF's document title), the web page's publisher box (发布机构), the statistics period of the
 * preamble and the date signed at the end. The body's title is the report as printed and goes first; the others
 * stand in only for what it lacks; where none names the agency, a sentence of the preamble that publishes the report
 * under its full name does ({@link ReportNameInText}). The year is the title's; the period and the signature are read to be compared
 * with it by check {@code ID}, never to choose.
 */
public final class Identities {

    /** 统计期限自2022年1月1日起至2022年12月31日止, 数据统计时限为2022年1月1日至…, 本报告…数据统计期限… */
    private static final Pattern PERIOD = Pattern.compile(
            "(?:统计|数据)[^。]{0,12}?(?:时限|期限|期间|时间|截止|范围)[^。]{0,8}?((?:19|20)\\d{2})年1月1日");
    /** The same when OCR garbled what follows the first year: "统计期限自 2023 42.18 1 …". */
    private static final Pattern PERIOD_START = Pattern.compile(
            "(?:统计|数据)[^。]{0,12}?(?:时限|期限|期间)(?:为|是|自|从)?((?:19|20)\\d{2})(?:\\s|年)");
    /** The end of the period: …至2022年12月31日. */
    private static final Pattern PERIOD_END = Pattern.compile("至((?:19|20)\\d{2})年12月31日");
    /** A date as signed: 2024年1月18日, 二〇二四年一月十八日. */
    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(?:\\d{1,2}日)?$");
    /** A month or day in Chinese numerals: 一月, 十二月, 十八日. */
    private static final Pattern CHINESE_DAY = Pattern.compile("([一二三四五六七八九十]{1,3})([月日])");
    /** Where the agency came from when no title gave it: a sentence publishing the report under its full name. */
    public static final String REPORT_NAME_IN_TEXT = "report's full name printed in the text, not a title";
    /** The preamble is read this far: the period is stated in its first sentences. */
    private static final int PREAMBLE = 4000;

    private Identities() {
    }

    /**
     * @param body       the lines before the tables, in order
     * @param hintTitles other titles of the report, the most trusted first, each under the name of where it was
     *                   found (a web page's 标题 or {@code <title>}, a Word page header, a PDF's document title)
     * @param publisher  the web page's 发布机构, or null
     * @param preamble   the text before the tables (where the statistics period is stated), or null
     * @param signature  the date signed under the report (the signature part of the narrative), or null
     */
    public static ReportIdentity of(List<TitleParser.Line> body, Map<String, String> hintTitles, String publisher,
                                    String preamble, String signature) {
        return of(body, hintTitles, publisher, preamble, signature, null);
    }

    /**
     * As {@link #of(List, Map, String, String, String)}, with the OCR engine's own reading of a scan's lines
     * ({@code ocrLines}, null for a born-digital file): a second reading of the preamble. Its statistics period is
     * taken only where its start and its end are both read and agree; it stands in where the rows give no period,
     * and where both give one and they differ the period gives no year and check {@code ID} names the two.
     */
    public static ReportIdentity of(List<TitleParser.Line> body, Map<String, String> hintTitles, String publisher,
                                    String preamble, String signature, String ocrLines) {
        TitleParser.Found found = TitleParser.find(body);
        TitleParser.Title title = found.title();
        String refused = found.refused();
        String agency = title == null ? null : title.agency();
        String from = agency == null ? null : "title";
        Float confidence = agency == null ? null : found.ocrConfidence();
        Integer titleYear = title == null ? null : title.year();
        Integer otherYear = null;
        String otherAgency = null;
        String printed = title == null ? null : title.text();
        for (Map.Entry<String, String> hint : hintTitles.entrySet()) {
            TitleParser.Found h = TitleParser.fromHint(hint.getValue());
            if (h.title() == null) {
                refused = refused == null ? h.refused() : refused;
                continue;
            }
            if (agency == null && h.title().agency() != null) {
                agency = h.title().agency();
                from = hint.getKey();
            } else if (otherAgency == null && h.title().agency() != null && !h.title().agency().equals(agency)) {
                otherAgency = "'" + h.title().agency() + "' (" + hint.getKey() + ")";
            }
            if (titleYear == null) {
                titleYear = h.title().year();
                printed = printed == null ? h.title().text() : printed;
            } else if (otherYear == null && h.title().year() != null && !h.title().year().equals(titleYear)) {
                otherYear = h.title().year();
            }
        }
        if (agency == null && publisher != null) {
            String name = LabelNormalizer.text(publisher);
            String why = AgencyName.whyNot(name);
            if (why == null) {
                agency = name;
                from = "publisher box";
            } else if (refused == null) {
                refused = "'" + name + "' (发布机构): " + why;
            }
        }
        Integer period = periodYear(preamble);
        Integer enginePeriod = ocrLines == null ? null : wholePeriodYear(ocrLines);
        Integer otherPeriod = null;
        if (period == null) {
            period = enginePeriod;
        } else if (enginePeriod != null && !enginePeriod.equals(period)) {
            otherPeriod = enginePeriod;
        }
        Integer year = titleYear != null ? titleYear : otherPeriod == null ? period : null;
        if (agency == null) {
            ReportNameInText.Named named = ReportNameInText.find(body, year);
            if (named != null) {
                agency = named.agency();
                from = REPORT_NAME_IN_TEXT;
                confidence = named.ocrConfidence();
            }
        }
        return new ReportIdentity(agency, year, printed, from, confidence, otherAgency, titleYear, otherYear, period,
                otherPeriod, signatureYear(signature), refused);
    }

    /** The first year of the statistics period, when the preamble states one (and its end agrees), else null. */
    static Integer periodYear(String preamble) {
        if (preamble == null) {
            return null;
        }
        String s = compact(preamble.length() > PREAMBLE ? preamble.substring(0, PREAMBLE) : preamble);
        Matcher m = PERIOD.matcher(s);
        if (!m.find()) {
            m = PERIOD_START.matcher(s);
            if (!m.find()) {
                return null;
            }
        }
        int start = Integer.parseInt(m.group(1));
        Matcher end = PERIOD_END.matcher(s);
        if (end.find(m.end()) && end.start() - m.end() < 40 && Integer.parseInt(end.group(1)) != start) {
            return null; // a period over more than one year is no report year
        }
        return start;
    }

    /**
     * The year of the statistics period when both its start and its end are read and are the same year (…2023年1月1日
     * …至2023年12月31日), else null: a reading by OCR stands for the year only when it agrees with itself.
     */
    static Integer wholePeriodYear(String text) {
        String s = compact(text.length() > PREAMBLE ? text.substring(0, PREAMBLE) : text);
        Matcher m = PERIOD.matcher(s);
        if (!m.find()) {
            return null;
        }
        Matcher end = PERIOD_END.matcher(s);
        if (!end.find(m.end()) || end.start() - m.end() >= 40 || !end.group(1).equals(m.group(1))) {
            return null;
        }
        return Integer.valueOf(m.group(1));
    }

    /** The year of the date the report is signed, from the last line of its signature; null if none. */
    static Integer signatureYear(String signature) {
        if (signature == null || signature.isBlank()) {
            return null;
        }
        String[] lines = signature.strip().split("\n");
        String last = TitleParser.chineseYear(compact(lines[lines.length - 1]));
        Matcher m = DATE.matcher(chineseMonth(last));
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    /** 一月 → 1月, 十二月 → 12月, 十八日 → 18日: enough of a date to find its year. */
    private static String chineseMonth(String s) {
        Matcher m = CHINESE_DAY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, chineseNumber(m.group(1)) + m.group(2));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static int chineseNumber(String s) {
        int tens = s.indexOf('十');
        String digits = "一二三四五六七八九";
        if (tens < 0) {
            return digits.indexOf(s.charAt(0)) + 1;
        }
        int high = tens == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        int low = tens == s.length() - 1 ? 0 : digits.indexOf(s.charAt(tens + 1)) + 1;
        return high * 10 + low;
    }

    /**
     * The text with the spaces a PDF sets between characters taken out, but a space between two numbers kept: OCR
     * that garbles "2023 年 1 月" into "2023 42.18" must not make one number of the two.
     */
    private static String compact(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return n.replaceAll("(?<=\\D)\\s+|\\s+(?=\\D)", "").replaceAll("\\s+", " ");
    }
}
