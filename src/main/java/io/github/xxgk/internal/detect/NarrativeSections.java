package io.github.xxgk.internal.detect;

import io.github.xxgk.report.NarrativePart;
import io.github.xxgk.report.ReportSection;
import io.github.xxgk.internal.source.model.Flow;
import io.github.xxgk.internal.source.model.Row;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a report's narrative into its parts: the preface, the six numbered sections (where {@link Sections}
 * finds their headings) and the signature. It reads only what every reader gives, the rows and their
 * {@link Flow}: table rows, table fragments and page furniture are left out, a line that continues a
 * paragraph is joined to it, and each other paragraph starts a new line of the section's text.
 */
public final class NarrativeSections {

    /** The parts found, in order, and what a person should know about those not found. */
    public record Result(List<ReportSection> sections, List<String> warnings) {

        public Result {
            sections = List.copyOf(sections);
            warnings = List.copyOf(warnings);
        }
    }

    /** A date as signed under a report: 2024年1月18日, 二〇二四年一月 … */
    private static final Pattern DATE = Pattern.compile(
            "^[\\d〇零○Ｏ一二三四五六七八九]{4}\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月(?:\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)?$");
    /** A signer: the short name of an agency or its office, no sentence. */
    private static final Pattern SIGNER = Pattern.compile("^[^，。；：,;:]{2,30}(?:政府|办公室|办公厅|局|委员会|委|厅|处|院|中心|管委会|办|部|署|会|所|站|队|公司)$");
    /** The end of a heading that goes on in the next line: a comma, 及, 和 … */
    private static final Pattern OPEN_END = Pattern.compile(".*[、，,及和与或并的]$");
    /** The last words of a title's second line. */
    private static final Pattern TITLE_TAIL = Pattern.compile("^[^，。；：,;:]{1,20}(?:情况|事项|措施|问题|计划|方向|举措)$");
    /** A short line that goes on from the line above it: 及改进情况, 和整改措施 … */
    private static final Pattern GOES_ON = Pattern.compile("^(?:及|和|与|以及|并|暨)[^，。；：,;:]{1,16}$");
    /** A title that has its last word. */
    private static final Pattern WHOLE_TITLE = Pattern.compile(".*(?:情况|事项|措施|问题|计划|方向|举措)$");
    /**
     * A sub-heading's number: （一）, (一), 一是, 1. — a line that starts with one opens a part of the section and never
     * goes on from the section's heading, whatever words it ends with (（一）主要问题 under 五、存在的主要问题及改进).
     */
    private static final Pattern SUB_NUMBER = Pattern.compile("^(?:[(（][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]是|\\d{1,2}[.、．])");
    /** The end of the report's title line. */
    private static final Pattern TITLE_END = Pattern.compile(".*报告[)）]?$");

    private NarrativeSections() {
    }

    public static Result of(List<Row> rows) {
        List<Part> parts = new ArrayList<>();
        Part current = new Part(NarrativePart.PREFACE, "", "");
        int i = afterTitle(rows);
        for (; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            Sections.Heading h = Sections.narrativeHeading(row);
            if (h != null && h.part().ordinal() > current.part.ordinal()
                    && !(h.number().isEmpty() && row.flow() == Flow.CONTINUED)) {
                parts.add(current);
                String title = h.title();
                // a heading wrapped over two lines: the line goes on, or the heading is left open and the next
                // line ends it
                while (i + 1 < rows.size() && titleGoesOn(title, rows.get(i + 1))) {
                    title = join(title, text(rows.get(++i)));
                }
                current = new Part(h.part(), h.number(), tidyTitle(title));
                continue;
            }
            switch (row.flow()) {
                case PARAGRAPH -> current.paragraph(text(row));
                case CONTINUED -> current.continued(text(row));
                case IN_TABLE, FURNITURE -> { }
            }
        }
        parts.add(current);
        return result(parts);
    }

    private static Result result(List<Part> parts) {
        List<ReportSection> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (parts.size() == 1) {
            warnings.add("narrative: no section heading (一、总体情况 …) found, so no sections are given: the report has "
                    + "no narrative, or it is printed as an image");
            return new Result(out, warnings);
        }
        Set<NarrativePart> found = EnumSet.noneOf(NarrativePart.class);
        Part last = parts.get(parts.size() - 1);
        Part signature = last.splitSignature();
        for (Part p : parts) {
            if (p.part != NarrativePart.PREFACE || !p.paragraphs.isEmpty()) {
                out.add(p.section());
                found.add(p.part);
            }
        }
        if (signature != null) {
            out.add(signature.section());
        }
        for (NarrativePart p : NarrativePart.values()) {
            if (p.numbered() && !found.contains(p)) {
                warnings.add("narrative: no section " + p.code() + " found (its heading is missing or not recognised)");
            }
        }
        return new Result(out, warnings);
    }

    /**
     * The index of the first row after the report's title (up to four lines ending in 报告, or a title whose year
     * follows in brackets: …年度报告（2023年度）), 0 without one.
     */
    private static int afterTitle(List<Row> rows) {
        StringBuilder seen = new StringBuilder();
        int filled = 0;
        for (int i = 0; i < rows.size() && filled < 4; i++) {
            Row r = rows.get(i);
            if (r.isBlank() || r.flow() == Flow.FURNITURE) {
                continue;
            }
            if (r.tableRow()) {
                return 0;
            }
            filled++;
            seen.append(r.text().replaceAll("\\s+", ""));
            if (seen.length() > 80) {
                return 0;
            }
            if (TITLE_END.matcher(seen).matches() && seen.indexOf("年") >= 0 || TitleParser.isTitle(seen.toString())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean titleGoesOn(String title, Row next) {
        if (next.isBlank() || (next.flow() != Flow.PARAGRAPH && next.flow() != Flow.CONTINUED)
                || Sections.narrativeHeading(next) != null) {
            return false;
        }
        String t = text(next).replaceAll("\\s+", "");
        if (SUB_NUMBER.matcher(t).find()) {
            return false;
        }
        if (next.flow() == Flow.CONTINUED) {
            return t.length() <= 30;
        }
        if (GOES_ON.matcher(t).matches()) {
            return true; // 及改进情况 under 五、…存在的主要问题
        }
        if (WHOLE_TITLE.matcher(title).matches()) {
            return false; // the title is whole: what follows is the text
        }
        return TITLE_TAIL.matcher(t).matches() || (OPEN_END.matcher(title).matches() && t.length() <= 20);
    }

    /**
     * A row's text in canonical composition (NFC): a PDF's font may map 〈 to U+2329 where the web page has U+3008,
     * or a character to its CJK compatibility form; the two are the same character, and every form of a report
     * gives the same narrative.
     */
    private static String text(Row row) {
        return Normalizer.normalize(row.cells().get(0).text(), Normalizer.Form.NFC).strip();
    }

    /** A title as printed (NFC, as {@link #text}), with the spaces a PDF puts between its characters and numbers taken out. */
    private static String tidyTitle(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFC).replaceAll("(?<=\\S)\\s+(?=\\S)", "").strip();
    }

    /**
     * Two pieces of one paragraph cut by a line or page break: written on, without a space, except between two
     * Latin words (or numbers), which the break separated.
     */
    static String join(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a + b;
        }
        char x = a.charAt(a.length() - 1);
        char y = b.charAt(0);
        boolean latin = isLatin(x) && isLatin(y);
        return a + (latin ? " " : "") + b;
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** A part while its rows are read. */
    private static final class Part {
        final NarrativePart part;
        final String number;
        final String title;
        final List<String> paragraphs = new ArrayList<>();

        Part(NarrativePart part, String number, String title) {
            this.part = part;
            this.number = number;
            this.title = title;
        }

        void paragraph(String text) {
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }

        void continued(String text) {
            if (paragraphs.isEmpty()) {
                paragraph(text);
            } else {
                paragraphs.set(paragraphs.size() - 1, join(paragraphs.get(paragraphs.size() - 1), text));
            }
        }

        /** The signer and the date at the end of the last section, taken out as a part of their own. */
        Part splitSignature() {
            int n = paragraphs.size();
            if (n == 0 || !DATE.matcher(paragraphs.get(n - 1)).matches()) {
                return null;
            }
            int from = n - 1;
            if (from > 0 && SIGNER.matcher(paragraphs.get(from - 1)).matches()) {
                from--;
            }
            Part sig = new Part(NarrativePart.SIGNATURE, "", "");
            sig.paragraphs.addAll(paragraphs.subList(from, n));
            paragraphs.subList(from, n).clear();
            return sig;
        }

        ReportSection section() {
            return new ReportSection(part, number, title, String.join("\n", paragraphs));
        }
    }
}
