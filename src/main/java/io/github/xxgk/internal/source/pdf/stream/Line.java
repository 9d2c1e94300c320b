package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.pdf.page.TextLines;

import java.util.List;
import java.util.regex.Pattern;

/** A text line of the page cut into chunks, and what kind of line it is for a table. */
record Line(TextLines.Line line, List<Chunk> chunks) {

    /** A section title: 四、政府信息公开行政复议、行政诉讼情况, 五、存在的主要问题及改进情况 … (no table row reads so). */
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]{1,2}[、.．].*(情况|问题|事项|改进|措施|思路)");

    /** Whether the line is a table row: two numbers or more, or one after a label. */
    boolean hasValues() {
        int values = 0;
        boolean label = false;
        for (Chunk c : chunks) {
            if (c.value()) {
                values++;
            } else if (values == 0 && c.isWord()) {
                label = true;
            }
        }
        return values >= 2 || (values == 1 && label && chunks.size() >= 2);
    }

    /**
     * Numbers alone on a line in the value columns, no label: cells set higher or lower than the rest of
     * their row (at the top of a tall row whose other cells are centred).
     */
    boolean isOrphan(float valueLeft) {
        return !hasValues() && !chunks.isEmpty()
                && chunks.stream().allMatch(c -> c.value() && c.left() >= valueLeft - 2);
    }

    /** Whether a word of the line starts a numbered item (1. / （一） / 一、), wherever in the line it stands. */
    boolean hasNumberedWord() {
        for (Chunk c : chunks) {
            for (String w : c.text().split("\\s+")) {
                if (Ordinals.numbered(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A section title of the report (四、政府信息公开行政复议、行政诉讼情况) ends a table. */
    boolean isSectionHeading() {
        return SECTION.matcher(line.text()).find();
    }

    /** A line of running text across most of the page ends a table. */
    boolean isFullWidthText(PageObjects page) {
        return chunks.size() == 1 && line.right() - line.left() > page.width() * 0.6f;
    }

    /** A line without numbers whose text reaches over the value columns: a section heading or a column header. */
    boolean isHeaderLine(float valueLeft) {
        if (hasValues() || chunks.stream().allMatch(Chunk::value)) {
            return false; // numbers alone (a cell set apart from the rest of its row) are no header
        }
        for (Chunk c : chunks) {
            if (c.right() > valueLeft + 2) {
                return true;
            }
        }
        return false;
    }

    /** The line as a paragraph: its chunks, a space apart. */
    String paragraphText() {
        StringBuilder sb = new StringBuilder();
        for (Chunk c : chunks) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(c.text());
        }
        return sb.toString().strip();
    }

    /** The left edge of the value area: the leftmost number on the table's row lines. */
    static float valueLeft(List<Line> run) {
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
}
