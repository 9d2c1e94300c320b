package io.github.xxgk.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GB/T 2260 list with its history, the townships and the zone table, as {@code tools/divisions/generate.sh}
 * wrote them under this package's resources (SOURCE.md there says from where). Loaded once, read-only.
 */
final class DivisionList {

    /**
     * A township: 9-digit statistics code and name over a run of the township snapshots (months as in
     * {@link Division}); its county is the code's first six digits, as they were when the run was listed.
     */
    record Township(String code, String name, int first, int last) {
    }

    /** A zone whose area is one division's: the division's code and the act that says so. */
    record Zone(String name, String hostCode, String hostName, String why) {
    }

    /** The five autonomous regions' short names (广西 for 广西壮族自治区). */
    private static final Pattern AUTONOMOUS_REGION =
            Pattern.compile("(.{2,3}?)(?:壮族|回族|维吾尔)?自治区");
    private static final Pattern SUFFIX = Pattern.compile("(.{2,})(?:省|市|地区|盟)");

    // after the patterns: loading uses them
    private static final DivisionList INSTANCE = load();

    /** Snapshot months of the division list, and of the township list, in order. */
    private final Snapshots snapshots;
    private final Snapshots townshipSnapshots;
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, List<Division>> byCode = new HashMap<>();
    private final Map<String, List<Division>> byShortName = new HashMap<>();
    private final Townships townships;
    private final List<Zone> zones = new ArrayList<>();
    private int longestName;

    private DivisionList(Snapshots snapshots, Townships townships) {
        this.snapshots = snapshots;
        this.townshipSnapshots = townships.snapshots();
        this.townships = townships;
    }

    static DivisionList get() {
        return INSTANCE;
    }

    private static DivisionList load() {
        List<String[]> rows = new ArrayList<>();
        Snapshots divisions = runs("divisions.tsv", rows);
        DivisionList list = new DivisionList(divisions, Townships.load("townships.tsv"));
        for (String[] r : rows) {
            Division d = new Division(r[0], r[1], month(r[2]), month(r[3]));
            list.byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            list.byCode.computeIfAbsent(d.code(), k -> new ArrayList<>()).add(d);
            list.longestName = Math.max(list.longestName, d.name().length());
            String shortName = shortName(d);
            if (shortName != null) {
                list.byShortName.computeIfAbsent(shortName, k -> new ArrayList<>()).add(d);
            }
        }
        read("zones.tsv", line -> {
            if (!line.startsWith("#")) {
                String[] r = line.split("\t");
                list.zones.add(new Zone(r[0], r[1], r[2], r[3]));
            }
        });
        return list;
    }

    /** Reads a list of runs (code, name, first, last) into {@code rows}; returns its snapshot months. */
    private static Snapshots runs(String resource, List<String[]> rows) {
        List<Snapshots> snapshots = new ArrayList<>();
        read(resource, line -> {
            if (line.startsWith("#snapshots\t")) {
                snapshots.add(Snapshots.of(line.substring("#snapshots\t".length()).split(" ")));
            } else if (!line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        });
        if (snapshots.size() != 1) {
            throw new IllegalStateException("resource " + resource + " has " + snapshots.size() + " #snapshots lines, not 1");
        }
        return snapshots.get(0);
    }

    private static void read(String resource, Consumer<String> lines) {
        try (InputStream in = DivisionList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    lines.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading resource " + resource, e);
        }
    }

    /** {@code 201607} as a month count. */
    static int month(String yyyymm) {
        return Integer.parseInt(yyyymm.substring(0, 4)) * 12 + Integer.parseInt(yyyymm.substring(4, 6)) - 1;
    }

    int longestName() {
        return longestName;
    }

    /** Whether the division's name could have been in force at some month of {@code [from, to]}. */
    boolean mayBeInForce(Division d, int from, int to) {
        return snapshots.mayBeInForce(d.first(), d.last(), from, to);
    }

    /** Whether the township's name could have been in force at some month of {@code [from, to]}. */
    boolean mayBeInForce(Township t, int from, int to) {
        return townshipSnapshots.mayBeInForce(t.first(), t.last(), from, to);
    }

    /**
     * The name a province or prefecture goes by without its suffix (淮安 for 淮安市, 广西 for 广西壮族自治区), as zones
     * and some agencies print it; counties have none, since their short names are too often ordinary words.
     */
    private static String shortName(Division d) {
        if (d.level() == Level.COUNTY) {
            return null;
        }
        Matcher m = AUTONOMOUS_REGION.matcher(d.name());
        if (m.matches()) {
            return m.group(1);
        }
        m = SUFFIX.matcher(d.name());
        return m.matches() ? m.group(1) : null;
    }

    /** The provinces and prefectures that go by this short name, in any year. */
    List<Division> shortNamed(String name) {
        return byShortName.getOrDefault(name, List.of());
    }

    /** The divisions of this exact name, in any year. */
    List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Every name the code had, oldest first. */
    List<Division> withCode(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    List<Township> townshipsOf(String countyCode) {
        return townships.of(countyCode);
    }

    List<Township> townshipsNamed(String name) {
        return townships.named(name);
    }

    List<Zone> zones() {
        return zones;
    }

    /** The month of the newest snapshot. */
    int newest() {
        return snapshots.newest();
    }
}
