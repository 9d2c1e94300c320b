package io.github.xxgk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The township list (51,000 runs of code, name, first and last snapshot), of which one report needs one county's.
 * Parsing every run into objects took as long as reading a whole PDF, so the list is kept as the resource's bytes,
 * whose lines the generator writes sorted by code: a county's lines are found by binary search and parsed the
 * first time it is asked for, and the index by name, which only an agency that starts with no division needs, is
 * built the first time a name is looked up.
 */
final class Townships {

    private static final String SNAPSHOTS = "#snapshots\t";

    private final String resource;
    private final byte[] text;
    /** Where the runs start: after the header's comment lines. */
    private final int body;
    private final Snapshots snapshots;
    private final Map<String, List<DivisionList.Township>> parsed = new ConcurrentHashMap<>();
    private volatile Map<String, List<DivisionList.Township>> byName;

    private Townships(String resource, byte[] text, int body, Snapshots snapshots) {
        this.resource = resource;
        this.text = text;
        this.body = body;
        this.snapshots = snapshots;
    }

    static Townships load(String resource) {
        byte[] text;
        try (InputStream in = Townships.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the jar");
            }
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading resource " + resource, e);
        }
        Snapshots snapshots = null;
        int start = 0;
        while (start < text.length && (text[start] == '#' || text[start] == '\n')) {
            int end = lineEnd(text, start);
            String line = new String(text, start, end - start, StandardCharsets.UTF_8);
            if (line.startsWith(SNAPSHOTS)) {
                if (snapshots != null) {
                    throw new IllegalStateException("resource " + resource + " has more than one #snapshots line");
                }
                snapshots = Snapshots.of(line.substring(SNAPSHOTS.length()).split(" "));
            }
            start = end + 1;
        }
        if (snapshots == null) {
            throw new IllegalStateException("resource " + resource + " has no #snapshots line before its runs");
        }
        return new Townships(resource, text, Math.min(start, text.length), snapshots);
    }

    Snapshots snapshots() {
        return snapshots;
    }

    /** The runs of the townships whose code starts with the county's six digits. */
    List<DivisionList.Township> of(String countyCode) {
        if (countyCode.length() != 6) {
            return List.of();
        }
        return parsed.computeIfAbsent(countyCode, county -> {
            byte[] key = county.getBytes(StandardCharsets.US_ASCII);
            int from = firstLineAtLeast(key);
            int to = from;
            while (to < text.length && startsWith(to, key)) {
                to = lineEnd(text, to) + 1;
            }
            return parse(from, Math.min(to, text.length));
        });
    }

    /** The runs of the townships of this exact name, in any county. */
    List<DivisionList.Township> named(String name) {
        Map<String, List<DivisionList.Township>> index = byName;
        if (index == null) {
            synchronized (this) {
                index = byName;
                if (index == null) {
                    index = new HashMap<>();
                    for (DivisionList.Township t : parse(body, text.length)) {
                        index.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
                    }
                    byName = index;
                }
            }
        }
        return index.getOrDefault(name, List.of());
    }

    private List<DivisionList.Township> parse(int from, int to) {
        List<DivisionList.Township> out = new ArrayList<>();
        for (int start = from; start < to; ) {
            int end = Math.min(lineEnd(text, start), to);
            if (end > start && text[start] != '#') {
                String[] r = new String(text, start, end - start, StandardCharsets.UTF_8).split("\t");
                if (r.length != 4) {
                    throw new IllegalStateException("resource " + resource + ": " + r.length
                            + " fields, not 4, at byte " + start);
                }
                out.add(new DivisionList.Township(r[0], r[1], DivisionList.month(r[2]), DivisionList.month(r[3])));
            }
            start = end + 1;
        }
        return List.copyOf(out);
    }

    /** The start of the first line whose code is not below {@code key}, by binary search over byte offsets. */
    private int firstLineAtLeast(byte[] key) {
        int lo = body;
        int hi = text.length;
        // invariant: every line starting before lo is below key; the line starting at or after hi is not
        while (lo < hi) {
            int mid = lineStart(lo + (hi - lo) / 2);
            if (mid < lo) {
                mid = lo;
            }
            if (compare(mid, key) < 0) {
                lo = lineEnd(text, mid) + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The start of the line {@code at} is in (at least {@link #body}). */
    private int lineStart(int at) {
        int i = at;
        while (i > body && text[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private int compare(int line, byte[] key) {
        for (int i = 0; i < key.length; i++) {
            int b = line + i < text.length ? text[line + i] : -1;
            if (b != key[i]) {
                return b - key[i];
            }
        }
        return 0;
    }

    private boolean startsWith(int line, byte[] key) {
        return line < text.length && compare(line, key) == 0;
    }

    private static int lineEnd(byte[] text, int from) {
        int i = from;
        while (i < text.length && text[i] != '\n') {
            i++;
        }
        return i;
    }
}
