package io.github.xxgk.source.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of one number crop, taken in two page-segmentation modes at several glyph heights, and what
 * they say together. Tesseract's line mode drops a lone 1 or reads 0 as 1 or 7 on enlarged screen pictures; its
 * raw-line mode (no layout analysis) reads those but drops the 1 of 12 or 181 at small heights: neither alone is
 * right, and where they agree they are. The reading most of them give wins (the first one given on a tie);
 * any other reading stays as the cell's doubt, so a cell whose readings disagree is flagged whichever wins.
 * Nothing here looks at what a sum needs.
 */
final class NumberVote {

    private final List<Reading> readings = new ArrayList<>();

    /** Adds a reading; one that gave nothing (a clear crop Tesseract returns empty) is no vote. */
    void add(Reading r) {
        String t = r.text().replaceAll("\\s+", "");
        if (!t.isEmpty()) {
            readings.add(new Reading(t, r.confidence()));
        }
    }

    /** How many readings gave something. */
    int votes() {
        return readings.size();
    }

    /** Whether at least two readings were given and all of them agree: no need to read again. */
    boolean settled() {
        return readings.size() >= 2 && readings.stream().allMatch(r -> r.text().equals(readings.get(0).text()));
    }

    /**
     * The winning reading, its lowest confidence among the readings that agree with it, and the first reading that
     * differs from it ({@code "?"} when only one reading was given: the second opinion is missing, which is doubt
     * too); null when nothing was read.
     */
    CellText result(String unit) {
        if (readings.isEmpty()) {
            return null;
        }
        Reading best = readings.get(0);
        long bestCount = 0;
        for (Reading r : readings) {
            long n = readings.stream().filter(o -> o.text().equals(r.text())).count();
            if (n > bestCount) {
                best = r;
                bestCount = n;
            }
        }
        float conf = 100f;
        String other = null;
        for (Reading r : readings) {
            if (r.text().equals(best.text())) {
                conf = Math.min(conf, r.confidence());
            } else if (other == null) {
                other = r.text() + unit;
            }
        }
        if (readings.size() == 1) {
            other = "?";
        }
        return new CellText(best.text() + unit, conf, other, true);
    }
}
