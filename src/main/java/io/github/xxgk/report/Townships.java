package io.github.xxgk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The township list (51,000 runs of code, name, first and last snapshot), of which one report needs one county's.
 * Parsing every run into objects took as long as reading a whole PDF, so the list is kept as the resource's bytes
 * with the span of each county's lines; a county's runs are parsed the first time it is asked for, and the index by
 * name, which only an agency that starts with no division needs, the first time a name is looked up.
 */
final class Townships {

    private static final String SNAPSHOTS = "#snapshots\t";

    private final String resource;
    private final byte[] text;
    private final Snapshots snapshots;
    /** Each county's lines as {@code [start, end)} byte offsets, in the file's order (the generator groups them by code). */
    private final Map<String, int[]> spans;
    private final Map<String, List<DivisionList.Township>> parsed = new ConcurrentHashMap<>();
    private volatile Map<String, List<DivisionList.Township>> byName;

    private Townships(String resource, byte[] text, Snapshots snapshots, Map<String, int[]> spans) {
        this.resource = resource;
        this.text = text;
        this.snapshots = snapshots;
        this.spans = spans;
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
        Map<String, int[]> spans = new LinkedHashMap<>();
        String county = null;
        int countyStart = 0;
        for (int start = 0; start < text.length; ) {
            int end = lineEnd(text, start);
            if (end == start) {
                start = end + 1;
                continue;
            }
            if (text[start] == '#') {
                String line = new String(text, start, end - start, StandardCharsets.UTF_8);
                if (line.startsWith(SNAPSHOTS)) {
                    if (snapshots != null) {
                        throw new IllegalStateException("resource " + resource + " has more than one #snapshots line");
                    }
                    snapshots = Snapshots.of(line.substring(SNAPSHOTS.length()).split(" "));
                }
            } else {
                if (end - start < 10 || text[start + 9] != '\t') {
                    throw new IllegalStateException("resource " + resource + ": no 9-digit code at byte " + start);
                }
                String code = new String(text, start, 6, StandardCharsets.US_ASCII);
                if (!code.equals(county)) {
                    if (county != null) {
                        spans.put(county, new int[] {countyStart, start});
                    }
                    if (spans.containsKey(code)) {
                        throw new IllegalStateException("resource " + resource + ": the townships of " + code
                                + " are not all together");
                    }
                    county = code;
                    countyStart = start;
                }
            }
            start = end + 1;
        }
        if (county != null) {
            spans.put(county, new int[] {countyStart, text.length});
        }
        if (snapshots == null) {
            throw new IllegalStateException("resource " + resource + " has no #snapshots line");
        }
        return new Townships(resource, text, snapshots, spans);
    }

    Snapshots snapshots() {
        return snapshots;
    }

    /** The runs of the townships whose code starts with the county's six digits. */
    List<DivisionList.Township> of(String countyCode) {
        int[] span = spans.get(countyCode);
        return span == null ? List.of() : parsed.computeIfAbsent(countyCode, k -> parse(span[0], span[1]));
    }

    /** The runs of the townships of this exact name, in any county. */
    List<DivisionList.Township> named(String name) {
        Map<String, List<DivisionList.Township>> index = byName;
        if (index == null) {
            synchronized (this) {
                index = byName;
                if (index == null) {
                    index = new HashMap<>();
                    for (String county : spans.keySet()) {
                        for (DivisionList.Township t : of(county)) {
                            index.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
                        }
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

    private static int lineEnd(byte[] text, int from) {
        int i = from;
        while (i < text.length && text[i] != '\n') {
            i++;
        }
        return i;
    }
}
