package io.github.xxgk.source.pdf;

import io.github.xxgk.source.Cell;
import io.github.xxgk.source.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Unruled tables: where lines carry numbers set apart in columns, the numbers' x positions give the value
 * columns, each line with numbers a row, and the label text around it (a label wrapped above and below its
 * numbers) that row's label. Each value sits in the column its x position falls in, so a blank cell keeps
 * its place.
 *
 * <p>A table is read in sections: a line of header text over the value area (第二十条第（五）项, 本年处理决定数量)
 * starts a new section with its own value columns. A section's columns are the x positions of its numbers,
 * completed by the header words above them where whole columns are blank, or by the columns of the table
 * above it (on this page or the one before) when a part has no header of its own.
 *
 * <p>The label area left of the values may hold up to three label columns (三、本年度办理结果 | （三）不予公开 |
 * 1.属于国家秘密). They are found from the gaps between the label pieces of the lines; the pieces of one column
 * are grouped into cells (a wrapped label is one cell), and a cell that names a block over several rows is
 * put on the first row of that block, the other rows of the block getting a spanned cell there.
 */
final class StreamTables {

    /** The dashes and slashes a blank cell is printed as (Chrome's PDF turns —— and ／ into ⸺ and ∕). */
    private static final String DASHES = "—－-/／⸺⸻∕";
    private static final Pattern VALUE = Pattern.compile("[+\\-－]?[0-9０-９][0-9０-９,，.．]*\\s?[%万元件笔个项]{0,2}|["
            + DASHES.replace("-", "\\-") + "]{1,2}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A label that starts a numbered item: 1. / （一） / 一、 */
    private static final Pattern ORDINAL = Pattern.compile("^([0-9０-９]{1,2}[.．、]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])");
    /** A section title: 四、政府信息公开行政复议、行政诉讼情况, 五、存在的主要问题及改进情况 … (no table row reads so). */
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]{1,2}[、.．].*(情况|问题|事项|改进|措施|思路)");
    /** The first item of a numbered list. */
    private static final Pattern ORDINAL_ONE = Pattern.compile("^([1１][.．、]|[（(]一[)）]|一[、.．])");

    /** Value columns of the sections read so far in a document, for a table's parts on later pages. */
    static final class Memory {
        private final List<List<Float>> layouts = new ArrayList<>();
        private List<Float> labelBounds = List.of();
        /**
         * The lines left over at the foot of the page before (no numbers, not running text): a column header
         * that the page break parted from its table's first rows.
         */
        private List<Line> tail = List.of();
    }

    /** A page number or page count alone on a line (- 2 -, 第2页, 2/5): page furniture. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s\\-—–第页共/0-9０-９]*[0-9０-９][\\s\\-—–第页共/0-9０-９]*$");

    private StreamTables() {
    }

    private record Chunk(List<Glyph> glyphs, String text, float left, float right, float top, float bottom, boolean value) {
        static Chunk of(List<Glyph> g, boolean valueAllowed) {
            String t = TextLines.join(g);
            float top = Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            for (Glyph x : g) {
                top = Math.min(top, x.y());
                bottom = Math.max(bottom, x.bottom());
                left = Math.min(left, x.x());
                right = Math.max(right, x.right());
            }
            return new Chunk(g, t, left, right, top, bottom, valueAllowed && VALUE.matcher(t).matches());
        }

        float cx() {
            return (left + right) / 2;
        }

        float cy() {
            return (top + bottom) / 2;
        }

        float size() {
            float s = 0;
            for (Glyph g : glyphs) {
                s = Math.max(s, g.size());
            }
            return s > 0 ? s : bottom - top;
        }
    }

    private record Line(TextLines.Line line, List<Chunk> chunks) {
        boolean hasValues() {
            int values = 0;
            boolean label = false;
            for (Chunk c : chunks) {
                if (c.value()) {
                    values++;
                } else if (values == 0 && HAN.matcher(c.text()).find()) {
                    label = true;
                }
            }
            return values >= 2 || (values == 1 && label && chunks.size() >= 2);
        }
    }

    static List<Block> find(PageObjects page, List<Glyph> free, List<Glyph> rest) {
        return find(page, free, rest, new Memory());
    }

    static List<Block> find(PageObjects page, List<Glyph> free, List<Glyph> rest, Memory memory) {
        List<Line> lines = new ArrayList<>();
        for (TextLines.Line l : TextLines.lines(free)) {
            List<Chunk> chunks = new ArrayList<>();
            for (List<Glyph> g : TextLines.chunks(l.glyphs(), 1.0f)) {
                for (List<Glyph> part : splitNumbers(g)) {
                    chunks.add(Chunk.of(part, true));
                }
            }
            lines.add(new Line(l, chunks));
        }
        List<Block> blocks = new ArrayList<>();
        boolean[] used = new boolean[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).hasValues()) {
                i++;
                continue;
            }
            // a run of value lines, with the label lines between them
            int j = i;
            int lastValue = i;
            while (j + 1 < lines.size()) {
                Line next = lines.get(j + 1);
                float gap = next.line().top() - lines.get(j).line().bottom();
                float h = Math.max(lines.get(j).line().height(), 8);
                // rows set tall leave wide gaps between their lines: a line whose numbers stand in the
                // run's columns still continues it
                if (gap > 3 * h && !(gap <= 8 * h && alignsWith(lines.subList(i, j + 1), next))) {
                    break;
                }
                if (next.hasValues()) {
                    lastValue = j + 1;
                } else if (j + 1 - lastValue > 8 || isFullWidthText(next, page) || isSectionHeading(next)) {
                    break;
                }
                j++;
            }
            j = lastValue;
            // label lines just below the last value line still belong to it
            float runLeft = Float.MAX_VALUE;
            for (int m = i; m <= j; m++) {
                runLeft = Math.min(runLeft, lines.get(m).line().left());
            }
            float left = valueLeft(lines.subList(i, j + 1));
            int k = j + 1;
            while (k < lines.size() && !lines.get(k).hasValues() && k - j <= 2
                    && lines.get(k).line().top() - lines.get(k - 1).line().bottom() < 2 * lines.get(k - 1).line().height()
                    && lines.get(k).line().left() > runLeft - 2 && !isFullWidthText(lines.get(k), page)
                    && !isSectionHeading(lines.get(k))
                    && !isHeaderLine(lines.get(k), left)) {
                k++;
            }
            long valueLines = lines.subList(i, k).stream().filter(Line::hasValues).count();
            long values = lines.get(i).chunks().stream().filter(Chunk::value).count();
            // the lines of a label wrapped above its numbers (at the top of a page) belong to the run too
            int i0 = i;
            while (i0 > 0 && i - i0 < 2 && !used[i0 - 1] && !lines.get(i0 - 1).hasValues()
                    && !isHeaderLine(lines.get(i0 - 1), left) && !isFullWidthText(lines.get(i0 - 1), page)
                    && lines.get(i0).line().top() - lines.get(i0 - 1).line().bottom() < 2 * lines.get(i0 - 1).line().height()) {
                i0--;
            }
            if (valueLines >= 2 || values >= 3) {
                splitTrailingNumbers(lines, i0, k, left);
            }
            List<Line> run = lines.subList(i0, k);
            List<Line> header = headerAbove(lines, i0, page);
            if (header.isEmpty() && atPageTop(lines, i0, page) && heads(memory.tail, lines.subList(i, j + 1), left)) {
                // the table's first rows open the page: its column header may be at the foot of the page before
                header = memory.tail;
            }
            // a lone line with one or two numbers is a table row when the line above names a column over each
            // number; with one number, that line must name the label column too (信息内容 本年收费金额 /
            // 行政事业性收费 0.35: a header row, not a sentence above a line that ends in a number)
            boolean lone = valueLines == 1 && headedValues(lines.get(i), header)
                    && (values == 2 || (values == 1 && labelledHeader(header.get(header.size() - 1), left)));
            if (valueLines >= 2 || values >= 3 || lone) {
                if (header != memory.tail) {
                    // a header row whose words wrap over lines (本年增/ over 减 beside 信息内容 上一年项目数量 …):
                    // one line, each column's words joined, in place of its lines
                    int h0 = i0 - header.size();
                    int[] group = stackedHeader(header);
                    if (group != null) {
                        List<Line> g = header.subList(group[0], group[1] + 1);
                        blocks.add(new Block(g.get(0).line().top(), List.of(Row.paragraph(joinStacked(g, group[2] - group[0]), page.number()))));
                        for (int m = h0 + group[0]; m <= h0 + group[1]; m++) {
                            used[m] = true;
                        }
                    }
                }
                blocks.add(new Block(run.get(0).line().top(), sections(run, header, page.number(), memory)));
                for (int m = i0; m < k; m++) {
                    used[m] = true;
                }
            }
            i = k;
        }
        for (int m = 0; m < lines.size(); m++) {
            if (!used[m]) {
                rest.addAll(lines.get(m).line().glyphs());
            }
        }
        memory.tail = pageTail(lines, used, page);
        return blocks;
    }

    /**
     * The lines at the foot of a page after its last table row, as a column header for a table that opens
     * the next page: the unused lines without numbers closing the page (a page number below them aside), up
     * to running text, a section title or a wide gap, and only if they hold words over two or more columns.
     */
    private static List<Line> pageTail(List<Line> lines, boolean[] used, PageObjects page) {
        int end = lines.size();
        while (end > 0 && !used[end - 1] && PAGE_NUMBER.matcher(lines.get(end - 1).line().text().strip()).matches()) {
            end--;
        }
        List<Line> out = new ArrayList<>();
        for (int m = end - 1; m >= 0 && m >= end - 10; m--) {
            Line l = lines.get(m);
            if (used[m] || l.hasValues() || isFullWidthText(l, page) || isSectionHeading(l)) {
                break;
            }
            if (m < end - 1 && lines.get(m + 1).line().top() - l.line().bottom() > 3 * Math.max(l.line().height(), 8)) {
                break;
            }
            out.add(0, l);
        }
        return out;
    }

    /** Whether lines name two or more columns over the value area and every number of a run is under one. */
    private static boolean heads(List<Line> header, List<Line> run, float valueLeft) {
        if (header.isEmpty()) {
            return false;
        }
        List<Float> named = headerColumns(header, valueLeft);
        int words = 0;
        for (Line h : header) {
            for (Chunk w : h.chunks()) {
                if (!w.value() && HAN.matcher(w.text()).find() && w.right() > valueLeft) {
                    words++;
                }
            }
        }
        if (named.size() < 2 && words < 2 && !labelledHeader(header.get(header.size() - 1), valueLeft)) {
            return false;
        }
        for (Line l : run) {
            if (l.hasValues()) {
                for (Chunk c : l.chunks()) {
                    if (c.value() && !near(named, c.cx(), 10) && !underWord(header, c)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The header row among the lines above a table whose column words wrap over lines: the line with the
     * most words (two or more, one of them the label column's) and the lines right above and below it whose
     * words all stand in the gaps between its words (the wrapped parts of a column's name). Returns {first,
     * last, main} indexes into the header, or null when no line joins the main one.
     */
    private static int[] stackedHeader(List<Line> header) {
        int main = -1;
        for (int m = 0; m < header.size(); m++) {
            if (main < 0 || header.get(m).chunks().size() > header.get(main).chunks().size()) {
                main = m;
            }
        }
        if (main < 0 || header.get(main).chunks().size() < 2) {
            return null;
        }
        int first = main;
        while (first > 0 && fragmentOf(header.get(first - 1), header.get(first), header.get(main))) {
            first--;
        }
        int last = main;
        while (last + 1 < header.size() && fragmentOf(header.get(last + 1), header.get(last), header.get(main))) {
            last++;
        }
        return first == last ? null : new int[] {first, last, main};
    }

    /** Whether a line next to another holds only parts of column words in the gaps between the main line's words. */
    private static boolean fragmentOf(Line l, Line next, Line main) {
        float gap = Math.max(l.line().top() - next.line().bottom(), next.line().top() - l.line().bottom());
        if (gap > 0.8f * Math.max(l.line().height(), 8) || l.chunks().isEmpty()) {
            return false;
        }
        List<Chunk> words = main.chunks();
        for (Chunk c : l.chunks()) {
            if (c.value() || c.left() <= words.get(0).right()) {
                return false;
            }
            for (Chunk w : words) {
                if (c.left() < w.right() && w.left() < c.right()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The words of a stacked header as one line: chunks standing over one another joined top to bottom. */
    private static String joinStacked(List<Line> group, int main) {
        List<List<Chunk>> cols = new ArrayList<>();
        for (Chunk w : group.get(main).chunks()) {
            cols.add(new ArrayList<>(List.of(w)));
        }
        for (int m = 0; m < group.size(); m++) {
            if (m == main) {
                continue;
            }
            for (Chunk c : group.get(m).chunks()) {
                List<Chunk> home = null;
                for (List<Chunk> col : cols) {
                    if (col.get(0) != group.get(main).chunks().get(0) && col.stream().noneMatch(group.get(main).chunks()::contains)
                            && col.stream().anyMatch(x -> c.left() < x.right() && x.left() < c.right())) {
                        home = col;
                        break;
                    }
                }
                if (home == null) {
                    home = new ArrayList<>();
                    cols.add(home);
                }
                home.add(c);
            }
        }
        cols.sort(Comparator.comparingDouble(col -> col.stream().map(Chunk::left).min(Float::compare).orElse(0f)));
        StringBuilder sb = new StringBuilder();
        for (List<Chunk> col : cols) {
            col.sort(Comparator.comparingDouble(Chunk::top));
            if (sb.length() > 0) {
                sb.append(' ');
            }
            for (Chunk c : col) {
                sb.append(c.text());
            }
        }
        return sb.toString();
    }

    /** Whether a line has words both left of the value area (the label column's name) and over it. */
    private static boolean labelledHeader(Line l, float valueLeft) {
        boolean label = false;
        boolean over = false;
        for (Chunk c : l.chunks()) {
            if (c.value() || !HAN.matcher(c.text()).find()) {
                continue;
            }
            label |= c.right() < valueLeft;
            over |= c.right() > valueLeft;
        }
        return label && over && l.chunks().size() <= 4;
    }

    /** Whether a header line has a word right over the number. */
    private static boolean underWord(List<Line> header, Chunk v) {
        for (Line h : header) {
            for (Chunk w : h.chunks()) {
                if (!w.value() && HAN.matcher(w.text()).find() && w.left() - 2 <= v.cx() && v.cx() <= w.right() + 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a table's first line opens the page: at most a short page header above it, no text run. */
    private static boolean atPageTop(List<Line> lines, int first, PageObjects page) {
        if (first > 2) {
            return false;
        }
        for (int m = 0; m < first; m++) {
            Line l = lines.get(m);
            if (l.hasValues() || isFullWidthText(l, page) || isSectionHeading(l)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A lone line with two numbers is a table row when the line above names a column over each number (a t2
     * block of one row: 信息内容 采购项目数量 采购总金额 / 政府集中采购 17 184719).
     */
    private static boolean headedValues(Line values, List<Line> header) {
        if (header.isEmpty()) {
            return false;
        }
        Line above = header.get(header.size() - 1);
        for (Chunk v : values.chunks()) {
            if (!v.value()) {
                continue;
            }
            boolean named = false;
            for (Chunk h : above.chunks()) {
                if (!h.value() && HAN.matcher(h.text()).find() && h.left() - 2 <= v.cx() && v.cx() <= h.right() + 2) {
                    named = true;
                    break;
                }
            }
            if (!named) {
                return false;
            }
        }
        return true;
    }

    /**
     * Numbers in neighbouring narrow columns can be closer than an em (only the two cells' margins apart):
     * a chunk made of numbers alone is split wherever two digits are further apart than a word gap. The
     * digits of one number are set without gaps.
     */
    private static List<List<Glyph>> splitNumbers(List<Glyph> chunk) {
        List<List<Glyph>> parts = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : chunk) {
            if (g.isSpace()) {
                continue;
            }
            // numbers, or a number and a dash of an empty cell (0 ——), set apart within a chunk
            if (prev != null && valueGlyph(prev) && valueGlyph(g) && (isDigit(prev) || isDigit(g) || !prev.text().equals(g.text()))
                    && g.x() - prev.right() > 0.4f * Math.max(prev.size(), g.size())) {
                parts.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        parts.add(cur);
        if (parts.size() == 1) {
            return List.of(chunk);
        }
        for (List<Glyph> p : parts) {
            if (!VALUE.matcher(TextLines.join(p)).matches()) {
                return List.of(chunk);
            }
        }
        return parts;
    }

    /**
     * A label wrapped close to the value columns can end less than an em before the number of the next cell
     * (the two cells' margins apart), so the two come as one chunk: where such a chunk of a table's line ends
     * in a number that lies in the value columns, the number is a value of its own.
     */
    private static void splitTrailingNumbers(List<Line> lines, int from, int to, float valueLeft) {
        for (int m = from; m < to; m++) {
            Line l = lines.get(m);
            List<Chunk> out = new ArrayList<>(l.chunks().size() + 1);
            boolean changed = false;
            for (Chunk c : l.chunks()) {
                List<Glyph> g = new ArrayList<>(c.glyphs());
                g.removeIf(Glyph::isSpace);
                int start = g.size();
                while (start > 0 && isDigit(g.get(start - 1))) {
                    start--;
                }
                if (!c.value() && start > 0 && start < g.size() && !isDigit(g.get(start - 1))
                        && g.get(start).x() >= valueLeft - 0.5f * g.get(start).size()
                        && g.get(start).x() - g.get(start - 1).right() > 0.2f * g.get(start).size()) {
                    out.add(Chunk.of(g.subList(0, start), true));
                    out.add(Chunk.of(g.subList(start, g.size()), true));
                    changed = true;
                } else {
                    out.add(c);
                }
            }
            if (changed) {
                lines.set(m, new Line(l.line(), out));
            }
        }
    }

    /** A digit, or a dash or slash that marks an empty cell. */
    private static boolean valueGlyph(Glyph g) {
        return isDigit(g) || (!g.text().isEmpty() && DASHES.indexOf(g.text().charAt(0)) >= 0);
    }

    private static boolean isDigit(Glyph g) {
        char c = g.text().isEmpty() ? ' ' : g.text().charAt(0);
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Whether the line has numbers standing in a column of the run's numbers (same left, right or centre). */
    private static boolean alignsWith(List<Line> run, Line next) {
        for (Chunk n : next.chunks()) {
            if (!n.value()) {
                continue;
            }
            for (Line l : run) {
                if (!l.hasValues()) {
                    continue;
                }
                for (Chunk c : l.chunks()) {
                    if (c.value() && (Math.abs(c.left() - n.left()) <= 1.5f || Math.abs(c.right() - n.right()) <= 1.5f
                            || Math.abs(c.cx() - n.cx()) <= 1.5f)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Numbers alone on a line in the value columns, no label: cells set higher or lower than the rest of
     * their row (at the top of a tall row whose other cells are centred).
     */
    private static boolean orphan(Line l, float valueLeft) {
        return !l.hasValues() && !l.chunks().isEmpty()
                && l.chunks().stream().allMatch(c -> c.value() && c.left() >= valueLeft - 2);
    }

    /** A section title of the report (四、政府信息公开行政复议、行政诉讼情况) ends a table. */
    private static boolean isSectionHeading(Line l) {
        return SECTION.matcher(l.line().text()).find();
    }

    /** A line of running text across most of the page ends a table. */
    private static boolean isFullWidthText(Line l, PageObjects page) {
        return l.chunks().size() == 1 && l.line().right() - l.line().left() > page.width() * 0.6f;
    }

    private static float valueLeft(List<Line> run) {
        float left = Float.MAX_VALUE;
        for (Line l : run) {
            if (l.hasValues()) {
                for (Chunk c : l.chunks()) {
                    if (c.value()) {
                        left = Math.min(left, c.left());
                    }
                }
            }
        }
        return left;
    }

    /** A line without numbers whose text reaches over the value columns: a section heading or a column header. */
    private static boolean isHeaderLine(Line l, float valueLeft) {
        if (l.hasValues() || l.chunks().stream().allMatch(Chunk::value)) {
            return false; // numbers alone (a cell set apart from the rest of its row) are no header
        }
        for (Chunk c : l.chunks()) {
            if (c.right() > valueLeft + 2) {
                return true;
            }
        }
        return false;
    }

    /** The lines just above a table (its column header), read for the header words' positions only. */
    private static List<Line> headerAbove(List<Line> lines, int first, PageObjects page) {
        List<Line> out = new ArrayList<>();
        for (int m = first - 1; m >= 0 && m >= first - 10; m--) {
            Line l = lines.get(m);
            Line below = lines.get(m + 1);
            if (l.hasValues() || below.line().top() - l.line().bottom() > 3 * Math.max(l.line().height(), 8)
                    || isFullWidthText(l, page) || isSectionHeading(l)) {
                break;
            }
            out.add(0, l);
        }
        return out;
    }

    /** Splits a run at its header lines; each section gets its own value columns. */
    private static List<Row> sections(List<Line> run, List<Line> headerAbove, int pageNo, Memory memory) {
        float valueLeft = valueLeft(run);
        List<Row> out = new ArrayList<>();
        List<Line> header = headerAbove;
        int s = 0;
        while (s < run.size()) {
            List<Line> inRun = new ArrayList<>();
            while (s < run.size() && isHeaderLine(run.get(s), valueLeft)) {
                inRun.add(run.get(s));
                s++;
            }
            int[] group = stackedHeader(inRun);
            for (int m = 0; m < inRun.size(); m++) {
                String text = paragraphText(inRun.get(m));
                if (group != null && m >= group[0] && m <= group[1]) {
                    // a header row whose words wrap over lines: one line, each column's words joined
                    text = m == group[0] ? joinStacked(inRun.subList(group[0], group[1] + 1), group[2] - group[0]) : "";
                }
                if (!text.isBlank()) {
                    out.add(Row.paragraph(text, pageNo));
                }
            }
            if (!inRun.isEmpty()) {
                header = inRun;
            }
            int e = s;
            while (e < run.size() && !isHeaderLine(run.get(e), valueLeft)) {
                e++;
            }
            if (e > s) {
                List<Line> section = run.subList(s, e);
                if (section.stream().anyMatch(Line::hasValues)) {
                    out.addAll(rows(section, header, pageNo, memory));
                } else {
                    for (Line l : section) {
                        out.add(Row.paragraph(paragraphText(l), pageNo));
                    }
                }
            }
            s = e;
        }
        return out;
    }

    private static String paragraphText(Line l) {
        StringBuilder sb = new StringBuilder();
        for (Chunk c : l.chunks()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(c.text());
        }
        return sb.toString().strip();
    }

    // ---- value columns ------------------------------------------------------------------------------

    private static List<Float> cluster(List<Float> centres, float tolerance) {
        List<Float> sorted = new ArrayList<>(centres);
        sorted.sort(Float::compare);
        List<Float> cols = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (float c : sorted) {
            int last = cols.size() - 1;
            if (last >= 0 && c - cols.get(last) < tolerance) {
                int n = counts.get(last);
                cols.set(last, (cols.get(last) * n + c) / (n + 1));
                counts.set(last, n + 1);
            } else {
                cols.add(c);
                counts.add(1);
            }
        }
        return cols;
    }

    /**
     * Centres of the header words over the value area: the short pieces of the header lines (a spanning
     * heading such as 申请人情况 or 法人或其他组织 is long and left out).
     */
    private static List<Float> headerColumns(List<Line> header, float valueLeft) {
        List<Float> centres = new ArrayList<>();
        for (Line l : header) {
            List<Glyph> over = new ArrayList<>();
            for (Glyph g : l.line().glyphs()) {
                if (g.cx() > valueLeft - 8) {
                    over.add(g);
                }
            }
            List<List<Glyph>> pieces = TextLines.chunks(over, 0.2f);
            for (List<Glyph> p : pieces) {
                Chunk c = Chunk.of(p, false);
                float em = Math.max(c.size(), 1);
                float width = c.right() - c.left();
                if (width <= 4.5f * em || (pieces.size() >= 2 && width <= 7.5f * em)) {
                    centres.add(c.cx());
                }
            }
        }
        return cluster(centres, 12);
    }

    /** Whether the lines above hold words over the value columns (a column header, not a wrapped label). */
    private static boolean hasHeaderWords(List<Line> header, float valueLeft) {
        for (Line l : header) {
            for (Glyph g : l.line().glyphs()) {
                if (g.cx() > valueLeft - 8) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean near(List<Float> cols, float x, float tolerance) {
        for (float c : cols) {
            if (Math.abs(c - x) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    private static List<Float> valueColumns(List<Line> section, List<Line> header, Memory memory) {
        List<Float> centres = new ArrayList<>();
        for (Line l : section) {
            if (l.hasValues() || orphan(l, valueLeft(section))) {
                for (Chunk c : l.chunks()) {
                    if (c.value()) {
                        centres.add(c.cx());
                    }
                }
            }
        }
        List<Float> cols = cluster(centres, 12);
        List<Float> fromHeader = header.isEmpty() ? List.of() : headerColumns(header, valueLeft(section));
        List<Float> spacing = new ArrayList<>();
        for (int m = 1; m < fromHeader.size(); m++) {
            spacing.add(fromHeader.get(m) - fromHeader.get(m - 1));
        }
        spacing.sort(Float::compare);
        float typical = spacing.isEmpty() ? 0 : spacing.get(spacing.size() / 2);
        // numbers set left or right in their cells stand off the header word's centre, by up to half a column
        float offset = Math.max(10, 0.45f * typical);
        if (fromHeader.size() > cols.size() && cols.stream().allMatch(c -> near(fromHeader, c, offset))) {
            // whole columns are blank: the header words show where they are (a word centred over several
            // columns, such as 行政诉讼, falls between two columns and is left out)
            List<Float> union = new ArrayList<>(cols);
            for (float h : fromHeader) {
                if (!near(cols, h, 0.6f * typical)) {
                    union.add(h);
                }
            }
            union.sort(Float::compare);
            cols = union;
        } else if (fromHeader.isEmpty()) {
            // a part of a table with no header of its own (the rest of a table on the next page)
            for (int m = memory.layouts.size() - 1; m >= 0; m--) {
                List<Float> prev = memory.layouts.get(m);
                List<Float> mine = cols;
                if (prev.size() > cols.size() && cols.stream().allMatch(c -> near(prev, c, 6))) {
                    cols = new ArrayList<>(prev);
                    break;
                }
                if (prev.size() == mine.size()) {
                    break;
                }
            }
        }
        memory.layouts.add(cols);
        return cols;
    }

    // ---- label columns ------------------------------------------------------------------------------

    /** A piece of label text on one line, in label columns c0..c1. */
    private static final class Piece {
        final Chunk chunk;
        final int line;
        int c0;
        int c1;

        Piece(Chunk chunk, int line) {
            this.chunk = chunk;
            this.line = line;
        }
    }

    /** A label cell: pieces of one label column, top to bottom. */
    private static final class LabelCell {
        final List<Piece> pieces = new ArrayList<>();
        final int c0;
        final int c1;
        int row = -1;

        LabelCell(int c0, int c1) {
            this.c0 = c0;
            this.c1 = c1;
        }

        float top() {
            return pieces.get(0).chunk.top();
        }

        float bottom() {
            return pieces.get(pieces.size() - 1).chunk.bottom();
        }

        Piece last() {
            return pieces.get(pieces.size() - 1);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) {
                String t = p.chunk.text();
                if (sb.length() > 0 && isLatin(sb.charAt(sb.length() - 1)) && !t.isEmpty() && isLatin(t.charAt(0))) {
                    sb.append(' ');
                }
                sb.append(t);
            }
            return sb.toString();
        }
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Column boundaries of the label area: where the label pieces thin out (a local minimum of how many
     * pieces cover an x position, well below the columns on both sides) at a place where two pieces of one
     * line are apart. At most two (three label columns). Labels spanning columns keep the minimum above
     * zero, so the depth counts, not the value.
     */
    private static List<Float> labelBoundaries(List<List<Piece>> byLine, float from, float to, float em) {
        List<float[]> gaps = new ArrayList<>();
        List<float[]> all = new ArrayList<>();
        for (List<Piece> ps : byLine) {
            for (int i = 0; i < ps.size(); i++) {
                all.add(new float[] {ps.get(i).chunk.left(), ps.get(i).chunk.right()});
                if (i > 0) {
                    gaps.add(new float[] {ps.get(i - 1).chunk.right(), ps.get(i).chunk.left()});
                }
            }
        }
        // two pieces of neighbouring lines that stand side by side (their heights overlap by a tenth or more)
        // are apart too: a block label centred between two rows is set half a line off the row label beside
        // it, and the lines part them
        for (int l = 0; l + 1 < byLine.size(); l++) {
            for (int m = l + 1; m < Math.min(byLine.size(), l + 3); m++) {
                for (Piece a : byLine.get(l)) {
                    for (Piece b : byLine.get(m)) {
                        Chunk x = a.chunk.left() < b.chunk.left() ? a.chunk : b.chunk;
                        Chunk y = x == a.chunk ? b.chunk : a.chunk;
                        float overlap = Math.min(x.bottom(), y.bottom()) - Math.max(x.top(), y.top());
                        if (x.right() < y.left() && overlap > 0.1f * Math.min(x.bottom() - x.top(), y.bottom() - y.top())
                                && !between(byLine.get(l), x, y) && !between(byLine.get(m), x, y)) {
                            gaps.add(new float[] {x.right(), y.left()});
                        }
                    }
                }
            }
        }
        if (all.size() < 4) {
            return List.of();
        }
        int n = (int) ((to - from) / 0.5f) + 1;
        int[] cover = new int[n];
        boolean[] gap = new boolean[n];
        float[] gapWidth = new float[n];
        for (int i = 0; i < n; i++) {
            float x = from + i * 0.5f;
            for (float[] p : all) {
                // a label across the whole label area (一、本年新收…) says nothing about its columns
                if (p[0] <= x && x <= p[1] && p[1] - p[0] < 0.8f * (to - from)) {
                    cover[i]++;
                }
            }
            for (float[] g : gaps) {
                if (g[0] < x && x < g[1]) {
                    gap[i] = true;
                    gapWidth[i] = Math.max(gapWidth[i], g[1] - g[0]);
                }
            }
        }
        // plateaus of equal cover
        List<int[]> plateaus = new ArrayList<>(); // {start, end, cover}
        for (int i = 0; i < n; i++) {
            if (!plateaus.isEmpty() && plateaus.get(plateaus.size() - 1)[2] == cover[i]) {
                plateaus.get(plateaus.size() - 1)[1] = i;
            } else {
                plateaus.add(new int[] {i, i, cover[i]});
            }
        }
        List<float[]> found = new ArrayList<>(); // {x, depth}
        for (int p = 1; p < plateaus.size() - 1; p++) {
            int[] pl = plateaus.get(p);
            if (plateaus.get(p - 1)[2] <= pl[2] || plateaus.get(p + 1)[2] <= pl[2]) {
                continue;
            }
            boolean hasGap = false;
            float widest = 0;
            for (int i = pl[0]; i <= pl[1]; i++) {
                hasGap |= gap[i];
                widest = Math.max(widest, gapWidth[i]);
            }
            // the peaks on either side: up to the first plateau lower than this one (a dip to the same
            // cover, as between a wrapped block label's lines, does not end the column beside it)
            int left = 0;
            int leftAt = pl[0];
            for (int q = p - 1; q >= 0 && plateaus.get(q)[2] >= pl[2]; q--) {
                if (plateaus.get(q)[2] > left) {
                    left = plateaus.get(q)[2];
                    leftAt = plateaus.get(q)[1];
                }
            }
            int right = 0;
            int rightAt = pl[1];
            for (int q = p + 1; q < plateaus.size() && plateaus.get(q)[2] >= pl[2]; q++) {
                if (plateaus.get(q)[2] > right) {
                    right = plateaus.get(q)[2];
                    rightAt = plateaus.get(q)[0];
                }
            }
            int peak = Math.min(left, right);
            // nothing across it and labels on both sides: a boundary, even where no line has pieces on both
            // sides (in tall rows a block label is centred on a line of its own, between the row labels)
            if (!hasGap && !(pl[2] == 0 && peak >= 2)) {
                continue;
            }
            // a clear gap of an em or more on a line, with nothing across it, is enough (a block label
            // shown on one row only, as at the foot of a page)
            boolean clear = pl[2] == 0 && ((peak >= 1 && widest >= em) || (!hasGap && peak >= 2));
            // an em's gap on a line at a dip of two or more: two cells (labels across all label columns, as
            // 一、本年新收…, raise the cover at the dip and on both sides alike, so the ratio says little)
            boolean wide = widest >= em && peak - pl[2] >= 2;
            // labels across both peaks and the dip (一、本年新收… over all label columns, or a row label of its
            // own over the next) say nothing of it: where they alone cover a dip half an em wide or more, an
            // em's gap on a line (or beside a line) is a boundary, even with one label on either side (a
            // table's first rows at the foot of a page: 三、本年度办理结果 | （一）予以公开 under 一、 and 二、)
            int across = 0;
            float x0 = from + leftAt * 0.5f;
            float x1 = from + rightAt * 0.5f;
            for (float[] q : all) {
                if (q[0] <= x0 && x1 <= q[1] && q[1] - q[0] < 0.8f * (to - from)) {
                    across++;
                }
            }
            wide |= widest >= em && pl[2] == across && peak - across >= 1 && (pl[1] - pl[0]) * 0.5f >= 0.5f * em;
            if (clear || wide || (peak - pl[2] >= 2 && pl[2] <= 0.7f * peak)) {
                found.add(new float[] {from + (pl[0] + pl[1]) * 0.25f, peak - pl[2]});
            }
        }
        found.sort((a, b) -> Float.compare(b[1], a[1]));
        List<Float> out = new ArrayList<>();
        for (int i = 0; i < Math.min(2, found.size()); i++) {
            out.add(found.get(i)[0]);
        }
        out.sort(Float::compare);
        return out;
    }

    /** Whether a piece of the line stands between two chunks. */
    private static boolean between(List<Piece> line, Chunk left, Chunk right) {
        for (Piece p : line) {
            if (p.chunk != left && p.chunk != right && p.chunk.right() > left.right() && p.chunk.left() < right.left()) {
                return true;
            }
        }
        return false;
    }

    private static float fontSize(List<List<Piece>> byLine) {
        List<Float> sizes = new ArrayList<>();
        for (List<Piece> ps : byLine) {
            for (Piece p : ps) {
                sizes.add(p.chunk.size());
            }
        }
        if (sizes.isEmpty()) {
            return 10;
        }
        sizes.sort(Float::compare);
        return sizes.get(sizes.size() / 2);
    }

    private static int columnOf(List<Float> bounds, float x) {
        int c = 0;
        while (c < bounds.size() && x > bounds.get(c)) {
            c++;
        }
        return c;
    }

    // ---- rows ---------------------------------------------------------------------------------------

    private static List<Row> rows(List<Line> section, List<Line> header, int pageNo, Memory memory) {
        List<Float> cols = valueColumns(section, header, memory);
        float valueLeft = valueLeft(section);
        List<Integer> valueLines = new ArrayList<>();
        for (int i = 0; i < section.size(); i++) {
            if (section.get(i).hasValues()) {
                valueLines.add(i);
            }
        }
        // label pieces, finer than the chunks: a label column's gap can be narrower than an em
        List<List<Piece>> byLine = new ArrayList<>();
        float labelLeft = Float.MAX_VALUE;
        for (int i = 0; i < section.size(); i++) {
            Line l = section.get(i);
            List<Piece> ps = new ArrayList<>();
            if (orphan(l, valueLeft)) {
                byLine.add(ps);
                continue;
            }
            for (Chunk c : l.chunks()) {
                if (c.value() && l.hasValues()) {
                    continue;
                }
                for (List<Glyph> g : TextLines.chunks(c.glyphs(), 0.3f)) {
                    Piece p = new Piece(Chunk.of(g, false), i);
                    ps.add(p);
                    labelLeft = Math.min(labelLeft, p.chunk.left());
                }
            }
            byLine.add(ps);
        }
        List<Float> bounds = labelLeft < valueLeft ? labelBoundaries(byLine, labelLeft, valueLeft, fontSize(byLine)) : List.of();
        if (!hasHeaderWords(header, valueLeft) && bounds.size() < memory.labelBounds.size()) {
            // the rest of a table from the page before: its label columns go on, even where this part has
            // too few labels to show them
            List<Float> merged = new ArrayList<>(bounds);
            for (float b : memory.labelBounds) {
                if (b > labelLeft && b < valueLeft && !near(bounds, b, 8)) {
                    merged.add(b);
                }
            }
            merged.sort(Float::compare);
            bounds = merged.size() > 2 ? bounds : merged;
        }
        if (!bounds.isEmpty()) {
            memory.labelBounds = bounds;
        }
        int labelCols = bounds.size() + 1;
        int lastCol = labelCols - 1;
        // pieces of one line in one column are one piece (a label with a space inside)
        List<Piece> pieces = new ArrayList<>();
        for (List<Piece> ps : byLine) {
            Piece prev = null;
            for (Piece p : ps) {
                p.c0 = columnOf(bounds, p.chunk.left() + 2);
                p.c1 = Math.max(p.c0, columnOf(bounds, p.chunk.right() - 2));
                if (prev != null && prev.c0 == p.c0 && prev.c1 == p.c1) {
                    List<Glyph> g = new ArrayList<>(prev.chunk.glyphs());
                    g.addAll(p.chunk.glyphs());
                    Piece m = new Piece(Chunk.of(g, false), p.line);
                    m.c0 = p.c0;
                    m.c1 = p.c1;
                    pieces.set(pieces.size() - 1, m);
                    prev = m;
                    continue;
                }
                pieces.add(p);
                prev = p;
            }
        }
        // one row's numbers on two lines: where a cell is set at the top of a row whose other cells are
        // centred beside a wrapped label, its number comes a line above the others (the 总计 of a row
        // labelled on three lines); the next value line, in none of the same columns and with no row label
        // of its own starting there, holds the rest of the row
        int[] owner = new int[section.size()];
        for (int i = 0; i < owner.length; i++) {
            owner[i] = i;
        }
        List<Integer> kept = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        int lastLine = -1;
        for (int line : valueLines) {
            List<Integer> mine = valueColumnsOf(section.get(line), cols);
            if (!kept.isEmpty()) {
                TextLines.Line a = section.get(lastLine).line();
                TextLines.Line b = section.get(line).line();
                boolean adjacent = line - lastLine <= 2 && b.top() - a.bottom() <= Math.max(a.height(), b.height());
                if (adjacent && mine.stream().noneMatch(taken::contains) && !startsRowLabel(pieces, line, lastCol)) {
                    owner[line] = kept.get(kept.size() - 1);
                    taken.addAll(mine);
                    lastLine = line;
                    continue;
                }
            }
            kept.add(line);
            taken = new ArrayList<>(mine);
            lastLine = line;
        }
        valueLines = kept;
        // numbers alone on a line go to the nearest row that has their columns free
        List<List<Integer>> used = new ArrayList<>();
        for (int v : valueLines) {
            List<Integer> u = new ArrayList<>();
            for (int i = 0; i < section.size(); i++) {
                if (owner[i] == v) {
                    u.addAll(valueColumnsOf(section.get(i), cols));
                }
            }
            used.add(u);
        }
        for (int i = 0; i < section.size(); i++) {
            if (!orphan(section.get(i), valueLeft) || valueLines.isEmpty()) {
                continue;
            }
            List<Integer> mine = valueColumnsOf(section.get(i), cols);
            float cy = section.get(i).line().cy();
            int best = -1;
            for (int v = 0; v < valueLines.size(); v++) {
                if (used.get(v).stream().anyMatch(mine::contains)) {
                    continue;
                }
                float d = Math.abs(section.get(valueLines.get(v)).line().cy() - cy);
                if (best < 0 || d < Math.abs(section.get(valueLines.get(best)).line().cy() - cy)) {
                    best = v;
                }
            }
            if (best >= 0) {
                owner[i] = valueLines.get(best);
                used.get(best).addAll(mine);
            }
        }
        // the pitch of a wrapped label's lines: the smallest distance between two pieces of one column
        float pitch = Float.MAX_VALUE;
        float height = 8;
        for (Piece a : pieces) {
            height = Math.max(height, a.chunk.bottom() - a.chunk.top());
            for (Piece b : pieces) {
                float d = b.chunk.top() - a.chunk.top();
                if (b.c0 == a.c0 && d > 0.5f * (a.chunk.bottom() - a.chunk.top()) && d < pitch && overlaps(a.chunk, b.chunk)) {
                    pitch = d;
                }
            }
        }
        if (pitch == Float.MAX_VALUE) {
            pitch = 2 * height;
        }
        // pieces into cells, column by column, top to bottom
        pieces.sort(Comparator.comparingDouble((Piece p) -> p.chunk.top()).thenComparingDouble(p -> p.chunk.left()));
        List<LabelCell> cells = new ArrayList<>();
        for (int c = 0; c < labelCols; c++) {
            LabelCell open = null;
            for (Piece p : pieces) {
                if (p.c0 != c) {
                    continue;
                }
                boolean join = open != null && open.c1 == p.c1
                        && p.chunk.top() - open.last().chunk.top() <= 1.25f * pitch
                        && overlaps(open.last().chunk, p.chunk)
                        && !ORDINAL.matcher(p.chunk.text()).find();
                if (join && p.c1 == lastCol && section.get(p.line).hasValues()) {
                    // a row label holds one row's numbers
                    for (Piece q : open.pieces) {
                        if (owner[q.line] != owner[p.line] && section.get(q.line).hasValues()) {
                            join = false;
                        }
                    }
                }
                if (!join) {
                    open = new LabelCell(p.c0, p.c1);
                    cells.add(open);
                }
                open.pieces.add(p);
            }
        }
        // each cell to the value line it holds (the first), else the nearest one
        List<Row> loose = new ArrayList<>();
        List<Float> looseAt = new ArrayList<>();
        String[][] labels = new String[valueLines.size()][labelCols];
        List<LabelCell> blockCells = new ArrayList<>();
        List<List<LabelCell>> rowLabelCells = new ArrayList<>();
        for (int v = 0; v < valueLines.size(); v++) {
            rowLabelCells.add(new ArrayList<>());
        }
        for (LabelCell cell : cells) {
            int best = -1;
            float bestDist = Float.MAX_VALUE;
            for (int v = 0; v < valueLines.size(); v++) {
                float cy = section.get(valueLines.get(v)).line().cy();
                float d = cy < cell.top() ? cell.top() - cy : cy > cell.bottom() ? cy - cell.bottom() : 0;
                if (d <= 2) {
                    d = 0;
                }
                if (d < bestDist) {
                    bestDist = d;
                    best = v;
                }
            }
            if (best < 0 || bestDist > 1.5f * pitch) {
                loose.add(Row.paragraph(cell.text(), pageNo));
                looseAt.add(cell.top());
                continue;
            }
            cell.row = best;
            if (cell.c1 < lastCol) {
                blockCells.add(cell);
            } else {
                rowLabelCells.get(best).add(cell);
            }
        }
        // row labels: a row's label cells, top to bottom, joined; but the cells above a numbered item's own
        // cell (1. / （一）) and set in the same column are not its label: they are the wrapped end of the
        // label of the row above (or, at the top of a page, of the last row on the page before, read already)
        for (int v = 0; v < valueLines.size(); v++) {
            List<LabelCell> mine = rowLabelCells.get(v);
            // the row's own cell: the last numbered item starting at or above its numbers
            float valueBottom = section.get(valueLines.get(v)).line().bottom();
            int own = mine.size();
            for (int m = 0; m < mine.size(); m++) {
                if (ORDINAL.matcher(mine.get(m).text()).find() && (own == mine.size() || mine.get(m).top() <= valueBottom)) {
                    own = m;
                }
            }
            for (int m = 0; m < mine.size(); m++) {
                LabelCell cell = mine.get(m);
                int r = v;
                if (m < own && own < mine.size() && sameColumn(cell, mine.get(own))) {
                    if (ORDINAL.matcher(cell.text()).find()) {
                        // a numbered item above without numbers: a label row of its own (三、本年度办理结果
                        // over （一）予以公开), kept as a heading line before the row
                        loose.add(Row.paragraph(cell.text(), pageNo));
                        looseAt.add(cell.top());
                        continue;
                    }
                    if (v == 0) {
                        loose.add(Row.paragraph(cell.text(), pageNo));
                        looseAt.add(cell.top());
                        continue;
                    }
                    r = v - 1;
                }
                labels[r][cell.c0] = labels[r][cell.c0] == null ? cell.text() : labels[r][cell.c0] + cell.text();
                for (int c = cell.c0 + 1; c < labelCols; c++) {
                    if (labels[r][c] == null) {
                        labels[r][c] = "";
                    }
                }
            }
        }
        // a block label goes on the first row of its block: the rows up to the one whose label in the next
        // column is a first item (1. / （一）), or whose row label reaches into this column
        blockCells.sort(Comparator.comparingInt((LabelCell c) -> -c.c0));
        int[] rowStart = new int[valueLines.size()];
        for (int r = 0; r < valueLines.size(); r++) {
            rowStart[r] = labelCols;
            for (int c = 0; c < labelCols; c++) {
                if (labels[r][c] != null && !labels[r][c].isEmpty()) {
                    rowStart[r] = c;
                    break;
                }
            }
        }
        for (int k = lastCol - 1; k >= 0; k--) {
            for (LabelCell cell : blockCells) {
                if (cell.c0 != k) {
                    continue;
                }
                int r = cell.row;
                if (rowStart[r] > k) {
                    while (r > 0 && rowStart[r - 1] > k && !startsBlock(labels[r], k) && labels[r - 1][k] == null) {
                        r--;
                    }
                }
                if (labels[r][k] != null && !labels[r][k].isEmpty()) {
                    r = cell.row;
                }
                labels[r][k] = labels[r][k] == null ? cell.text() : labels[r][k] + cell.text();
                rowStart[r] = Math.min(rowStart[r], k);
            }
        }
        List<Row> out = new ArrayList<>();
        for (int v = 0; v < valueLines.size(); v++) {
            List<Cell> rowCells = new ArrayList<>();
            for (int c = 0; c < labelCols; c++) {
                String t = labels[v][c];
                rowCells.add(t == null || t.isEmpty() ? (labelCols > 1 ? Cell.spanned() : Cell.of("")) : Cell.of(t));
            }
            String[] vals = new String[cols.size()];
            List<Chunk> chunks = new ArrayList<>();
            for (int i = 0; i < section.size(); i++) {
                if (owner[i] == valueLines.get(v) && (section.get(i).hasValues() || orphan(section.get(i), valueLeft))) {
                    chunks.addAll(section.get(i).chunks());
                }
            }
            for (Chunk c : chunks) {
                if (c.value()) {
                    int best = 0;
                    for (int k = 1; k < cols.size(); k++) {
                        if (Math.abs(cols.get(k) - c.cx()) < Math.abs(cols.get(best) - c.cx())) {
                            best = k;
                        }
                    }
                    vals[best] = vals[best] == null ? c.text() : vals[best] + " " + c.text();
                }
            }
            for (String val : vals) {
                rowCells.add(Cell.of(val == null ? "" : val));
            }
            out.add(new Row(rowCells, pageNo, true));
        }
        // headings met inside the run go before the first row below them
        for (int m = loose.size() - 1; m >= 0; m--) {
            int at = 0;
            while (at < valueLines.size() && section.get(valueLines.get(at)).line().top() < looseAt.get(m)) {
                at++;
            }
            out.add(Math.min(at, out.size()), loose.get(m));
        }
        return out;
    }

    /** The value columns a line has numbers in. */
    private static List<Integer> valueColumnsOf(Line l, List<Float> cols) {
        List<Integer> out = new ArrayList<>();
        for (Chunk c : l.chunks()) {
            if (c.value()) {
                int best = 0;
                for (int k = 1; k < cols.size(); k++) {
                    if (Math.abs(cols.get(k) - c.cx()) < Math.abs(cols.get(best) - c.cx())) {
                        best = k;
                    }
                }
                out.add(best);
            }
        }
        return out;
    }

    /** Whether two label cells overlap horizontally. */
    private static boolean sameColumn(LabelCell a, LabelCell b) {
        float al = Float.MAX_VALUE;
        float ar = -Float.MAX_VALUE;
        for (Piece p : a.pieces) {
            al = Math.min(al, p.chunk.left());
            ar = Math.max(ar, p.chunk.right());
        }
        for (Piece p : b.pieces) {
            if (p.chunk.left() < ar && al < p.chunk.right()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a row label (last label column) starts on the line: a numbered item (1. / （一）). */
    private static boolean startsRowLabel(List<Piece> pieces, int line, int lastCol) {
        for (Piece p : pieces) {
            if (p.line == line && p.c1 == lastCol && ORDINAL.matcher(p.chunk.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the row's label right of column k starts a numbered list (1. / （一） / 一、). */
    private static boolean startsBlock(String[] labels, int k) {
        for (int c = k + 1; c < labels.length; c++) {
            if (labels[c] != null && !labels[c].isEmpty()) {
                return ORDINAL_ONE.matcher(labels[c]).find();
            }
        }
        return false;
    }

    private static boolean overlaps(Chunk a, Chunk b) {
        return a.left() < b.right() && b.left() < a.right();
    }
}
