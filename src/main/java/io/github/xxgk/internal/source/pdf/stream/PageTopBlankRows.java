package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.internal.source.pdf.page.PageObjects;

import java.util.List;

/**
 * A table's last rows printed blank, alone at the top of a page (四、结转下年度继续办理 with nothing beside it,
 * then the next section's title). The page break parted them from the table's numbers on the page before, and
 * no number follows them on this page, so no run of value lines reaches them; yet they are rows, each cell
 * blank. They are read as rows of the table part that ran to the foot of the page before, in its columns,
 * when every line down to the first line of anything else lies in that part's label area and a numbered label
 * opens one of them.
 */
final class PageTopBlankRows {

    private PageTopBlankRows() {
    }

    /**
     * How many lines at the top of the page are such rows (0 when none): the lines before the first section
     * title, running text, header line or end of page, when no value line comes first.
     *
     * @param valueLeft the left edge of the values of the table part open at the foot of the page before
     *                  (NaN when none was)
     */
    static int end(List<Line> lines, float valueLeft, PageObjects page) {
        if (Float.isNaN(valueLeft)) {
            return 0;
        }
        int e = 0;
        boolean numbered = false;
        while (e < lines.size() && !ends(lines.get(e), valueLeft, page)) {
            Line l = lines.get(e);
            if (l.hasValues() || l.isOrphan(valueLeft)) {
                // numbers follow: the run they open takes these lines as its blank rows above
                return 0;
            }
            if (l.chunks().isEmpty() || l.line().right() >= valueLeft - 2) {
                return 0;
            }
            numbered |= l.hasNumberedWord();
            e++;
        }
        return numbered && e <= 8 ? e : 0;
    }

    /** Whether nothing below line {@code from} but lines without numbers in no title or running text: the table is open at the page foot. */
    static boolean openBelow(List<Line> lines, int from, float valueLeft, PageObjects page) {
        for (int m = from; m < lines.size(); m++) {
            if (lines.get(m).hasValues() || ends(lines.get(m), valueLeft, page)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ends(Line l, float valueLeft, PageObjects page) {
        return l.isSectionHeading() || l.isFullWidthText(page) || l.isHeaderLine(valueLeft);
    }
}
