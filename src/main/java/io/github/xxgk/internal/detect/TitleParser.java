package io.github.xxgk.internal.detect;

import io.github.xxgk.internal.normalize.LabelNormalizer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agency and the year from a report's title, e.g. "广东省政务服务和数据管理局 2023 年 政府信息公开工作年度报告"
 * (spaces included) or "2023年度XX局政府信息公开工作年度报告". A title is printed over one, two or three lines broken
 * anywhere, inside a word too ("平潭综合实验区管委会办公室 2019 年度政府信" / "息公开工作年度报告"), so the lines are
 * joined in windows of up to three and a window is a title only when it is a title from end to end: a line of
 * prose that quotes a title ("现向社会公布XX局2023年度政府信息公开年度报告。本年度…") is not one. What stands where the
 * agency stands must look like a name ({@link AgencyName}); a fragment is refused, never given.
 */
public final class TitleParser {

    /** What a title gave; either part may be null. */
    public record Title(String agency, Integer year, String text) {
    }

    /**
     * A line before the tables, with the OCR engine's lowest character confidence when it was read from a picture,
     * and whether it is page furniture (a running header or footer), which is never joined to the body's lines.
     */
    public record Line(String text, Float ocrConfidence, boolean furniture) {

        public Line(String text, Float ocrConfidence) {
            this(text, ocrConfidence, false);
        }

        public static Line of(String text) {
            return new Line(text, null);
        }
    }

    /** A title found in the lines: what it gave, the lowest OCR confidence of its lines, what was refused. */
    record Found(Title title, Float ocrConfidence, String refused) {
    }

    private static final String REPORT_WORDS = "(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)";
    /** agency, year, report: "XX局2023年度政府信息公开工作年度报告", also with 关于 before the year. */
    private static final Pattern AGENCY_FIRST = Pattern.compile("^(.*?)(?:关于)?((?:19|20)\\d{2})年度?(?:的)?" + REPORT_WORDS + "(.*)$");
    /** year, agency, report: "2023年度XX局政府信息公开工作年度报告" (the agency may be empty). */
    private static final Pattern YEAR_FIRST = Pattern.compile("^((?:19|20)\\d{2})年度?(.*?)" + REPORT_WORDS + "(.*)$");
    /**
     * An agency before a year OCR could not read ("洪泽区人民政府202年3政府信息公开工作年度报告"): the agency is
     * still the title's, the year is taken from elsewhere.
     */
    private static final Pattern GARBLED_YEAR = Pattern.compile("^(\\D+?)[\\d年度]{1,8}" + REPORT_WORDS + "(.*)$");
    /**
     * An agency and the report's words with the year after them in brackets, or with no year at all (the preamble's
     * statistics period then gives it): "XX市人民政府办公室政府信息公开工作年度报告（2023年度）".
     */
    private static final Pattern YEAR_AFTER = Pattern.compile("^(\\D*?)" + REPORT_WORDS + "(?:[(（]((?:19|20)\\d{2})年度?[)）])?(.*)$");
    /** What may follow 报告 in a title: a short note in brackets, "（全文）". */
    private static final Pattern TITLE_TAIL = Pattern.compile("^(?:[(（][^()（）]{1,8}[)）])?$");
    /** What may follow 报告 in a page's or a document's title: the site's name after a separator. */
    private static final Pattern HINT_TAIL = Pattern.compile("^(?:[(（][^()（）]{1,8}[)）])?(?:[-_|—–·].*)?$");

    private static final Pattern CHINESE_YEAR = Pattern.compile("([一二〇零○Ｏ][〇零○Ｏ一二三四五六七八九]{3})年");

    /** A title is printed over at most this many lines. */
    private static final int MAX_TITLE_LINES = 3;
    /** A title is this long at most, spaces taken out. */
    private static final int MAX_TITLE = 80;

    private TitleParser() {
    }

    /** Looks at the first lines before the tables; the first that reads like a report title wins. */
    public static Title parse(List<String> lines, String hintTitle, String hintAgency) {
        List<Line> body = lines.stream().map(Line::of).toList();
        return Identities.of(body, hintTitle == null ? Map.of() : Map.of("page title or header", hintTitle), hintAgency, null, null).asTitle();
    }

    /**
     * As {@link #parse(List, String, String)}; when no title gives the year (a title page printed as an image),
     * the statistics period of the preamble does: "本报告中所列数据统计时限为 2022 年1 月1日至 2022 年12 月31日".
     */
    public static Title parse(List<String> lines, String hintTitle, String hintAgency, String preamble) {
        List<Line> body = lines.stream().map(Line::of).toList();
        return Identities.of(body, hintTitle == null ? Map.of() : Map.of("page title or header", hintTitle), hintAgency, preamble, null).asTitle();
    }

    /**
     * The title among the lines: for each first line in turn, the windows of one, two and three lines joined; the
     * first window that is a whole title wins. A window whose agency is no name is remembered as refused and the
     * search goes on.
     */
    static Found find(List<Line> lines) {
        String refused = null;
        for (int i = 0; i < lines.size(); i++) {
            StringBuilder joined = new StringBuilder();
            Float confidence = null;
            for (int k = 0; k < MAX_TITLE_LINES && i + k < lines.size(); k++) {
                Line line = lines.get(i + k);
                if (line.furniture() != lines.get(i).furniture()) {
                    break; // a running header holds a title of its own, or a site's name: no part of the body's
                }
                joined.append(line.text().strip());
                confidence = lower(confidence, line.ocrConfidence());
                String text = joined.toString();
                if (LabelNormalizer.text(text).length() > MAX_TITLE) {
                    break;
                }
                Reading r = read(text, TITLE_TAIL, confidence != null);
                if (r == null) {
                    continue;
                }
                if (r.refused() != null) {
                    refused = refused == null ? r.refused() : refused;
                    continue;
                }
                return new Found(new Title(r.agency(), r.year(), text), confidence, refused);
            }
        }
        return new Found(null, null, refused);
    }

    /** A page's or document's title (a web page's 标题, a PDF's document title), which may carry the site's name. */
    static Found fromHint(String hint) {
        if (hint == null || hint.isBlank()) {
            return new Found(null, null, null);
        }
        // a line break written into a document title (洪泽区人民政府<br>2023年…) is no part of it
        String text = hint.replaceAll("(?i)<br\\s*/?>", "").replaceAll("^(?:Microsoft Word|WPS)\\s*-\\s*", "").strip();
        Reading r = read(text, HINT_TAIL, false);
        if (r == null) {
            return new Found(null, null, null);
        }
        return r.refused() != null ? new Found(null, null, r.refused())
                : new Found(new Title(r.agency(), r.year(), text), null, null);
    }

    /**
     * Whether the text is a report's title from end to end in any of the forms read here (its agency a name or
     * not): where the narrative starts after it.
     */
    static boolean isTitle(String text) {
        return read(text, TITLE_TAIL, false) != null;
    }

    /** What one candidate title says: agency (null if it names none), year (null if unreadable), or what was refused. */
    private record Reading(String agency, Integer year, String refused) {
    }

    /** Reads {@code line} as a whole title, or null when it is not one. */
    private static Reading read(String line, Pattern tail, boolean ocred) {
        String s = chineseYear(LabelNormalizer.text(line)).replaceAll("^[《<]+", "").replaceFirst("[》>]", "");
        if (s.length() > MAX_TITLE) {
            return null;
        }
        Matcher m = AGENCY_FIRST.matcher(s);
        String agency;
        Integer year;
        if (m.matches() && !m.group(1).isEmpty()) {
            if (!tail.matcher(m.group(3)).matches()) {
                return null;
            }
            agency = m.group(1);
            year = Integer.parseInt(m.group(2));
        } else if ((m = YEAR_FIRST.matcher(s)).matches()) {
            if (!tail.matcher(m.group(3)).matches()) {
                return null;
            }
            // the shortest agency leaves 政府 to the report's words: "2023年XX县人民政府信息公开…" names 人民政府
            agency = m.group(2).replaceAll("^的", "").replaceAll("人民$", "人民政府");
            year = Integer.parseInt(m.group(1));
        } else if ((m = YEAR_AFTER.matcher(s)).matches() && !m.group(1).isEmpty()) {
            if (!tail.matcher(m.group(3)).matches()) {
                return null;
            }
            agency = m.group(1).replaceAll("人民$", "人民政府");
            year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        } else if ((m = GARBLED_YEAR.matcher(s)).matches()) {
            if (!tail.matcher(m.group(2)).matches()) {
                return null;
            }
            agency = m.group(1).replaceAll("关于$", "");
            year = null;
        } else {
            return null;
        }
        if (agency.isEmpty()) {
            return new Reading(null, year, null);
        }
        String why = ocred ? AgencyName.whyNotProse(agency) : AgencyName.whyNot(agency);
        return why == null ? new Reading(agency, year, null) : new Reading(null, year, "'" + agency + "': " + why);
    }

    private static Float lower(Float a, Float b) {
        return a == null ? b : b == null ? a : Float.valueOf(Math.min(a, b));
    }

    /** 二〇二三年 → 2023年. */
    static String chineseYear(String s) {
        Matcher m = CHINESE_YEAR.matcher(s);
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
}
