package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.normalize.Label;
import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.normalize.Ordinal;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;

/**
 * Whether a t3 row may be placed in one of the two shapes of （六）其他处理: the single 2019 row {@code other}, or
 * the three 2021 sub-rows {@code other_*}. Placing a row there chooses the table's shape (and which cells
 * COMPLETE expects), so only a label that reads as that row decides it: a garbled label ("其他" left of a lost
 * "处理", a sub-row label read as nothing beside its block label （六）其他处理) matches a row of either shape by
 * accident. A row the print does not decide is placed in neither; its values then land in no row picked by a
 * guess, and COMPLETE names the cells of both shapes.
 */
final class OtherShape {

    /** A label this similar to a row's text reads as that row (其他处 for 其他处理). */
    static final double READS_AS = 0.75;
    /** A long sub-row label half read is still that sub-row's: no label of the other shape shares half of it. */
    static final double HALF = 0.5;

    private OtherShape() {
    }

    /**
     * @param key            the row the label resolved to
     * @param label          the label cell that named it (null when the row was placed by its position)
     * @param unreadAfter    whether a label cell with text that named no row followed it in the row
     * @param splitDecided   whether a sub-row whose label decided it was placed already
     */
    static boolean placeable(String key, Label label, boolean unreadAfter, boolean splitDecided) {
        if (key.equals(Schema.OTHER_SINGLE.key())) {
            // the block label （六）其他处理 stands beside its first sub-row too: it is the single row only when
            // no unread label follows it, and it reads as itself
            return label != null && !unreadAfter && readsAs(label, Schema.OTHER_SINGLE);
        }
        RowDef sub = sub(key);
        if (sub == null || splitDecided) {
            return true;
        }
        return label != null && readsAs(label, sub);
    }

    /**
     * Whether the label reads as the row: its text nearly the row's text, its number (if printed) the row's; the
     * number alone with no text (（六）) when the row has nothing else to be read as. A short text ("其他") is also
     * the text of other rows' words, so it counts only with the row's own number printed before it.
     */
    private static boolean readsAs(Label l, RowDef row) {
        Ordinal o = l.ordinal();
        boolean ownNumber = row.ordinal().equals(o);
        if (o != null && !ownNumber) {
            return false;
        }
        String core = l.core();
        if (core.isEmpty()) {
            return ownNumber && row == Schema.OTHER_SINGLE;
        }
        double s = Math.max(LabelNormalizer.similarity(core, row.label()), T3LabelMatcher.aliasScore(core, row));
        if (row.label().length() <= 2) {
            return ownNumber && s >= READS_AS;
        }
        // half of a sub-row's long text (申请人…逾期…不再处理其政府信息公开申请) is nothing the single row prints
        return s >= (row == Schema.OTHER_SINGLE ? READS_AS : HALF);
    }

    private static RowDef sub(String key) {
        for (RowDef r : Schema.OTHER_SPLIT) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        return null;
    }
}
