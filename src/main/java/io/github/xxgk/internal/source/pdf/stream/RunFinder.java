package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.pdf.page.Block;
import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;

import java.util.ArrayList;
import java.util.List;

/**
 * Unruled tables: where lines carry numbers set apart in columns, the numbers' x positions give the value
 * columns, each line with numbers a row, and the label text around it (a label wrapped above and below its
 * numbers) that row's label. Each value sits in the column its x position falls in, so a blank cell keeps
 * its place.
 *
 * <p>This class finds the runs of such lines on a page, with the label lines just above and below them and
 * the column header over them (or left at the foot of the page before), and keeps from page to page what a
 * table's later parts need. {@link Sections} cuts a run at its header lines, {@link RowAssembler} reads a
 * section's rows: {@link ValueColumns} where the values stand, {@link LabelColumns} the label area's columns,
 * {@link LabelCell} the label cells, {@link RowLines} which lines make a row.
 *
 * <p>One finder reads one document, page by page in order.
 */
public final class RunFinder {

    private final Memory memory = new Memory();

    /**
     * The unruled tables among a page's free glyphs (those in no ruled cell), as blocks of rows; the glyphs
     * of lines in no table are added to {@code rest}.
     */
    public List<Block> find(PageObjects page, List<Glyph> free, List<Glyph> rest) {
        List<Line> lines = Tokenizer.lines(free);
        List<Block> blocks = new ArrayList<>();
        boolean[] used = new boolean[lines.size()];
        int i = PageTopBlankRows.end(lines, memory.openValueLeft, page);
        if (i > 0) {
            blocks.add(new Block(lines.get(0).line().top(),
                    RowAssembler.rows(lines.subList(0, i), List.of(), page.number(), memory, page.ocr(), memory.openValueLeft)));
            java.util.Arrays.fill(used, 0, i, true);
        }
        int lastRunEnd = -1;
        float lastValueLeft = Float.NaN;
        while (i < lines.size()) {
            if (!lines.get(i).hasValues()) {
                i++;
                continue;
            }
            // a run of value lines, with the label lines between them
            int j = runEnd(lines, i, page);
            float runLeft = Float.MAX_VALUE;
            for (int m = i; m <= j; m++) {
                runLeft = Math.min(runLeft, lines.get(m).line().left());
            }
            float left = Line.valueLeft(lines.subList(i, j + 1));
            int k = labelsBelow(lines, j, runLeft, left, page);
            long valueLines = lines.subList(i, k).stream().filter(Line::hasValues).count();
            long values = lines.get(i).chunks().stream().filter(Chunk::value).count();
            int i0 = labelsAbove(lines, i, used, left, page);
            if (valueLines >= 2 || values >= 3) {
                Tokenizer.splitTrailingNumbers(lines, i0, k, left);
            }
            List<Line> run = lines.subList(i0, k);
            List<Line> header = HeaderReader.headerAbove(lines, i0, page);
            if (atPageTop(lines, i0 - header.size(), page) && HeaderReader.heads(memory.tail, lines.subList(i, j + 1), left)
                    && (header.isEmpty() || HeaderReader.headerColumns(memory.tail, left, Float.MAX_VALUE).size()
                    > HeaderReader.headerColumns(header, left, Float.MAX_VALUE).size())) {
                // the table's first rows open the page: its column header may be at the foot of the page before,
                // and only the last characters of its words stacked a character a line atop this one (业 构)
                header = memory.tail;
            }
            // a lone line with one or two numbers is a table row when the line above names a column over each
            // number; with one number, that line must name the label column too (信息内容 本年收费金额 /
            // 行政事业性收费 0.35: a header row, not a sentence above a line that ends in a number)
            boolean lone = valueLines == 1 && HeaderReader.headedValues(lines.get(i), header)
                    && (values == 2 || (values == 1 && HeaderReader.labelledHeader(header.get(header.size() - 1), left)));
            if (valueLines >= 2 || values >= 3 || lone) {
                if (header != memory.tail) {
                    addStackedHeader(blocks, header, i0 - header.size(), used, page);
                }
                blocks.add(new Block(run.get(0).line().top(), Sections.rows(run, header, page.number(), memory, page.ocr())));
                for (int m = i0; m < k; m++) {
                    used[m] = true;
                }
                lastRunEnd = k;
                lastValueLeft = left;
            }
            i = k;
        }
        memory.openValueLeft = lastRunEnd >= 0 && PageTopBlankRows.openBelow(lines, lastRunEnd, lastValueLeft, page) ? lastValueLeft : Float.NaN;
        for (int m = 0; m < lines.size(); m++) {
            if (!used[m]) {
                rest.addAll(lines.get(m).line().glyphs());
            }
        }
        memory.tail = HeaderReader.pageTail(lines, used, page);
        return blocks;
    }

    /**
     * The last value line of the run starting at line i: value lines with at most eight label lines between
     * them, up to a wide gap, running text or a section title.
     */
    private static int runEnd(List<Line> lines, int i, PageObjects page) {
        int j = i;
        int lastValue = i;
        // blank rows leave only their labels: a numbered label in the label area counts as a row like a value line,
        // so a run of them between two rows with numbers does not end the table
        int lastRow = i;
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
                lastRow = j + 1;
            } else if (j + 1 - lastRow > 8 || next.isFullWidthText(page) || next.isSectionHeading()) {
                break;
            } else if (numberedLabel(next, Line.valueLeft(lines.subList(i, lastValue + 1)))) {
                lastRow = j + 1;
            }
            j++;
        }
        return lastValue;
    }

    /** The end (exclusive) of the run: label lines just below its last value line j still belong to it. */
    private static int labelsBelow(List<Line> lines, int j, float runLeft, float valueLeft, PageObjects page) {
        int k = j + 1;
        while (k < lines.size() && !lines.get(k).hasValues()
                && (lines.get(k).line().left() > runLeft - 2 || numberedLabel(lines.get(k), valueLeft))
                && !lines.get(k).isFullWidthText(page)
                && !lines.get(k).isSectionHeading()
                // a label line ending in its row's number (行政机关不再处理其政府信息公开 2) reaches over the values
                // without being a header
                && (!lines.get(k).isHeaderLine(valueLeft) || Tokenizer.hasTrailingNumber(lines.get(k), valueLeft))) {
            float gap = lines.get(k).line().top() - lines.get(k - 1).line().bottom();
            float h = lines.get(k - 1).line().height();
            boolean blank = blankRowBelow(lines, j + 1, k, valueLeft);
            // blank rows set tall leave gaps as wide as the run's own rows do (as above the run)
            if (!(k - j <= 2 && gap < 2 * h) && !(blank && gap < 3 * Math.max(h, 8))) {
                break;
            }
            k++;
        }
        return k;
    }

    /**
     * Whether line k, past the two label lines a run's last row may wrap into, still belongs to a row printed
     * blank below it: the lines from {@code from} on open with a numbered label in the label area (the table's
     * last rows blank: 四、结转下年度继续办理, or a wrapped 5.要求行政机关确认… with nothing beside it).
     */
    private static boolean blankRowBelow(List<Line> lines, int from, int k, float valueLeft) {
        for (int m = from; m <= k; m++) {
            if (numberedLabel(lines.get(m), valueLeft)) {
                return k - m < 8;
            }
        }
        return false;
    }

    /**
     * Whether line m, above the two label lines a run's first row may wrap into, still belongs to a row printed
     * blank at the top of the run (a page's first rows blank, under the header on the page before): it and the
     * lines down to the run lie in the label area, and a numbered label opens one of them within eight lines, or
     * one of the label-area lines up to seven above it (the tail of a wrapped label is a blank row's too).
     */
    private static boolean blankRowAbove(List<Line> lines, int m, int i, float valueLeft) {
        boolean numbered = false;
        for (int n = m; n < i; n++) {
            Line l = lines.get(n);
            if (l.chunks().isEmpty() || l.line().right() >= valueLeft - 2) {
                return false;
            }
            numbered |= n - m < 8 && numberedLabel(l, valueLeft);
        }
        // or line m is a wrapped label's later line, its number on a label-area line just above
        for (int n = m - 1; !numbered && n >= Math.max(0, m - 7); n--) {
            Line l = lines.get(n);
            if (l.chunks().isEmpty() || l.hasValues() || l.line().right() >= valueLeft - 2) {
                return false;
            }
            numbered = numberedLabel(l, valueLeft);
        }
        return numbered;
    }

    /**
     * A line in the label area (left of the values) with a word that is a numbered label: a row's label, even
     * where it starts left of the run's other lines (a label across all label columns: 四、结转下年度继续办理), or
     * right of a block label's wrapped line (其他处 2.申请人逾期未按收费通知).
     */
    private static boolean numberedLabel(Line l, float valueLeft) {
        return !l.chunks().isEmpty() && l.line().right() < valueLeft - 2
                && l.hasNumberedWord();
    }

    /** The start of the run: the lines of a label wrapped above its first numbers (at the top of a page) belong to it. */
    private static int labelsAbove(List<Line> lines, int i, boolean[] used, float valueLeft, PageObjects page) {
        int i0 = i;
        while (i0 > 0 && !used[i0 - 1] && !lines.get(i0 - 1).hasValues()
                && !lines.get(i0 - 1).isHeaderLine(valueLeft) && !lines.get(i0 - 1).isFullWidthText(page)) {
            float gap = lines.get(i0).line().top() - lines.get(i0 - 1).line().bottom();
            float h = lines.get(i0 - 1).line().height();
            // blank rows set tall (a label wrapped over lines set wide apart) leave gaps as wide as the run's own
            // rows do: the gap a run of value lines tolerates
            boolean blank = blankRowAbove(lines, i0 - 1, i, valueLeft);
            if (!(i - i0 < 2 && gap < 2 * h) && !(blank && gap < 3 * Math.max(h, 8))) {
                break;
            }
            i0--;
        }
        return i0;
    }

    /**
     * A header row whose words wrap over lines (本年增/ over 减 beside 信息内容 上一年项目数量 …): one line, each
     * column's words joined, in place of its lines (which {@code h0}, the header's first line, locates).
     */
    private static void addStackedHeader(List<Block> blocks, List<Line> header, int h0, boolean[] used, PageObjects page) {
        int[] group = HeaderReader.stackedHeader(header);
        if (group != null) {
            List<Line> g = header.subList(group[0], group[1] + 1);
            blocks.add(new Block(g.get(0).line().top(), List.of(Row.paragraph(HeaderReader.joinStacked(g, group[2] - group[0]), page.number()))));
            for (int m = h0 + group[0]; m <= h0 + group[1]; m++) {
                used[m] = true;
            }
        }
    }

    /** Whether a table's first line opens the page: at most a short page header above it, no text run. */
    private static boolean atPageTop(List<Line> lines, int first, PageObjects page) {
        if (first > 2) {
            return false;
        }
        for (int m = 0; m < first; m++) {
            Line l = lines.get(m);
            if (l.hasValues() || l.isFullWidthText(page) || l.isSectionHeading()) {
                return false;
            }
        }
        return true;
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
}
