package io.github.xxgk.report;

import java.util.Arrays;

/**
 * The months a list was taken at, in order (counted as {@code year * 12 + month - 1}). A name listed over a run of
 * them was in force at least over the run, and perhaps in the gaps on either side: the list cannot tell when in
 * a gap between two snapshots a change took effect.
 */
record Snapshots(int[] months) {

    static Snapshots of(String[] labels) {
        int[] months = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            months[i] = DivisionList.month(labels[i]);
            if (i > 0 && months[i] <= months[i - 1]) {
                throw new IllegalStateException("snapshot " + labels[i] + " is not after " + labels[i - 1]);
            }
        }
        return new Snapshots(months);
    }

    /**
     * Whether a name listed from snapshot {@code first} to snapshot {@code last} could have been in force at some
     * month of {@code [from, to]}: from just after the snapshot before its first to just before the snapshot
     * after its last. The first and last snapshots are open-ended.
     */
    boolean mayBeInForce(int first, int last, int from, int to) {
        int i = index(first);
        int j = index(last);
        int lo = i == 0 ? Integer.MIN_VALUE : months[i - 1] + 1;
        int hi = j == months.length - 1 ? Integer.MAX_VALUE : months[j + 1] - 1;
        return lo <= to && hi >= from;
    }

    int newest() {
        return months[months.length - 1];
    }

    private int index(int month) {
        int i = Arrays.binarySearch(months, month);
        if (i < 0) {
            throw new IllegalStateException("no snapshot " + month);
        }
        return i;
    }
}
