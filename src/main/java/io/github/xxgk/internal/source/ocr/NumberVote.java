package io.github.xxgk.internal.source.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of one number crop, taken in two page-segmentation modes at several glyph heights, and what
 * they say together. Tesseract's line mode drops a lone 1 or reads 0 as 1 or 7 on enlarged screen pictures; its
 * raw-line mode (no layout analysis) reads those but drops the 1 of 12 or 181 at small heights: neither alone is
 * right, and where they agree they are. A reading the print contradicts ({@link NumberPrint#contradicts}: 18 where
 * three glyphs are inked, 35, where no comma is) is no vote. The reading most of the others give wins (the first
 * one given on a tie); any other reading stays as the cell's doubt, so a cell whose readings disagree is flagged
 * whichever wins. Nothing here looks at what a sum needs.
 */
final class NumberVote {

    /** Two readings that agree at this confidence or more need no more opinions. */
    static final float SURE = 80f;
    /**
     * This many readings, all alike and none contradicted by the print, are the reading whatever the engine's
     * confidence in each (a 0 enlarged from screen size is read right at 23-40 in line mode at two heights and at 94 in the other).
     */
    static final int UNANIMOUS = 3;

    private final NumberPrint print;
    private final List<Reading> readings = new ArrayList<>();
    /** The readings the print contradicts, with why: the cell's reading only when no other was given. */
    private final List<Reading> contradicted = new ArrayList<>();
    private final List<String> whys = new ArrayList<>();

    /** @param print the number's print, or null when it cannot be told apart (several lines) */
    NumberVote(NumberPrint print) {
        this.print = print;
    }

    /** Adds a reading; one that gave nothing (a clear crop Tesseract returns empty) is no vote. */
    void add(Reading r) {
        String t = r.text().replaceAll("\\s+", "");
        if (t.isEmpty()) {
            return;
        }
        String why = print == null ? null : print.contradicts(t);
        if (why != null) {
            contradicted.add(new Reading(t, r.confidence()));
            whys.add(why);
        } else {
            readings.add(new Reading(t, r.confidence()));
        }
    }

    /** How many readings the print allows. */
    int allowed() {
        return readings.size();
    }

    /** How many readings gave something. */
    int votes() {
        return readings.size() + contradicted.size();
    }

    /**
     * Whether at least two readings were given, the print contradicts none, all of them agree, and the engine
     * was sure of each: no need to read again.
     */
    boolean settled() {
        return contradicted.isEmpty() && readings.size() >= 2 && unanimous() && lowest() >= SURE;
    }

    private boolean unanimous() {
        return readings.stream().allMatch(r -> r.text().equals(readings.get(0).text()));
    }

    private float lowest() {
        return (float) readings.stream().mapToDouble(Reading::confidence).min().orElse(0);
    }

    /**
     * The winning reading among those the print allows, its lowest confidence among the readings that agree with
     * it (the highest when {@link #UNANIMOUS} readings agree), and the first other reading, which may be one the
     * print contradicts ({@code "?"} when only one reading was given: the second opinion is missing, which is doubt
     * too); when the print contradicts every reading, the one most give, with why. Null when nothing was read.
     */
    CellText result(String unit) {
        if (readings.isEmpty()) {
            if (contradicted.isEmpty()) {
                return null;
            }
            Reading best = majority(contradicted);
            String other = contradicted.stream().map(Reading::text).filter(t -> !t.equals(best.text())).findFirst()
                    .map(t -> t + unit).orElse(null);
            return new CellText(best.text() + unit, best.confidence(), other, true, whys.get(contradicted.indexOf(best)));
        }
        Reading best = majority(readings);
        float conf = 100f;
        String other = null;
        for (Reading r : readings) {
            if (r.text().equals(best.text())) {
                conf = Math.min(conf, r.confidence());
            } else if (other == null) {
                other = r.text() + unit;
            }
        }
        if (readings.size() >= UNANIMOUS && unanimous()) {
            conf = (float) readings.stream().mapToDouble(Reading::confidence).max().orElse(conf);
        }
        if (readings.size() == 1) {
            other = "?";
        }
        return new CellText(best.text() + unit, conf, other, true);
    }

    /** The reading most give, the first one given on a tie. */
    private static Reading majority(List<Reading> rs) {
        Reading best = rs.get(0);
        long bestCount = 0;
        for (Reading r : rs) {
            long n = rs.stream().filter(o -> o.text().equals(r.text())).count();
            if (n > bestCount) {
                best = r;
                bestCount = n;
            }
        }
        return best;
    }
}
