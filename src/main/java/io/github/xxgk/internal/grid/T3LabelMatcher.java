package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.normalize.Label;
import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.normalize.Ordinal;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which row of table 三 a printed label names, given the block it is read in: its text against every row's label
 * and aliases, its number (（三）, 2.) weighed by the block, since sub-items repeat their numbers in every block.
 * Kept apart from {@link GridMapper}, which walks the rows and keeps the block context this needs.
 */
final class T3LabelMatcher {

    /** Lowest score at which a printed t3 label is taken for a schema row. */
    private static final double ACCEPT = 0.6;

    /** A text this similar to an item of the current block names it, whatever number is printed before it. */
    private static final double NAMES_SIBLING = 0.6;

    private T3LabelMatcher() {
    }

    /** Label matches depend only on the label and the block it is read in: the same few hundred recur in every report. */
    private static final Map<String, Optional<RowDef>> T3_MATCHES = new ConcurrentHashMap<>();

    static RowDef match(Label l, String t3Block) {
        String cacheKey = t3Block + "|" + l.ordinal() + "|" + l.core();
        Optional<RowDef> cached = T3_MATCHES.get(cacheKey);
        if (cached != null) {
            return cached.orElse(null);
        }
        RowDef def = score(l, t3Block);
        if (T3_MATCHES.size() < 20_000) {
            T3_MATCHES.put(cacheKey, Optional.ofNullable(def));
        }
        return def;
    }

    private static RowDef score(Label l, String t3Block) {
        Ordinal o = l.ordinal();
        String core = l.core();
        List<RowDef> candidates = new ArrayList<>(Schema.T3_BLOCKS);
        candidates.addAll(Schema.T3_ALL_ROWS);
        candidates.remove(Schema.OTHER_SINGLE);
        RowDef best = null;
        double bestScore = 0;
        for (RowDef r : candidates) {
            double s = core.isEmpty() ? 0 : Math.max(LabelNormalizer.similarity(core, r.label()), aliasScore(core, r));
            boolean sameOrdinal = o != null && o.equals(r.ordinal());
            boolean inBlock = r.block() != null && r.block().equals(t3Block);
            if (o != null && !core.isEmpty() && r.label().startsWith(core)) {
                // a label cut at a line break after its number: "（三）不" for （三）不予公开
                s = Math.max(s, 0.45);
            }
            if (o != null && o.level() == Ordinal.Level.ITEM) {
                // sub-items repeat their numbers in every block: the number only counts inside the current block
                if (!inBlock && (t3Block != null && isItemBlock(t3Block))) {
                    // a near-exact text outweighs the block context (a block heading lost in a wrapped layout)
                    s -= s >= 0.9 ? 0.05 : 0.3;
                }
                if (sameOrdinal && inBlock) {
                    s = core.isEmpty() ? 0.7 : Math.max(s, 0.45) + 0.3;
                } else if (inBlock && s >= NAMES_SIBLING) {
                    // the text names another item of this block: its number was misread (OCR reads 3. as 4.),
                    // and the item the number names would not be matched by its text
                    s += 0.2;
                }
            } else if (sameOrdinal) {
                s = core.isEmpty() ? 0.7 : s + 0.3;
            } else if (o != null && r.ordinal() != null && o.level() == r.ordinal().level()) {
                s -= 0.2;
            }
            if (o == null && inBlock) {
                s += 0.05;
            }
            if (s > bestScore) {
                bestScore = s;
                best = r;
            }
        }
        return bestScore >= ACCEPT ? best : null;
    }

    private static boolean isItemBlock(String block) {
        return block.equals(Schema.DENIED) || block.equals(Schema.UNAVAILABLE) || block.equals(Schema.NOT_PROCESSED)
                || block.equals(Schema.OTHER);
    }

    static double aliasScore(String core, RowDef r) {
        double s = 0;
        for (String a : r.aliases()) {
            s = Math.max(s, LabelNormalizer.similarity(core, a));
        }
        return s;
    }
}
