package io.github.xxgk.internal.source.pdf.stream;

import java.util.ArrayList;
import java.util.List;

/** What the unruled reader keeps from page to page of one document, for a table's parts on later pages. */
final class Memory {
    /** Value columns of the sections read so far, oldest first. */
    final List<List<Float>> layouts = new ArrayList<>();
    /** The label column boundaries of the last section that had any. */
    List<Float> labelBounds = List.of();
    /**
     * The lines left over at the foot of the page before (no numbers, not running text): a column header
     * that the page break parted from its table's first rows.
     */
    List<Line> tail = List.of();
    /**
     * The left edge of the values of the table part that ran to the foot of the page before (nothing but lines
     * without numbers below it), whose last rows may open this page; NaN when no table part did.
     */
    float openValueLeft = Float.NaN;
}
