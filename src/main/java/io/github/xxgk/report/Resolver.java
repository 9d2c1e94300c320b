package io.github.xxgk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves an agency as printed to the division it belongs to. The name is read from the left as a chain of
 * division names, each inside the one before (淮安市 → 洪泽区), every one in force in the report's year; then a
 * township of the last, then the words that say what the agency is. Every reading the list allows is followed:
 * when the longest ones end on different divisions, the name is ambiguous and stays unresolved.
 */
final class Resolver {

    /** A remark in brackets ("（汇总：管委会及区直各单位）") is no part of the name. */
    private static final Pattern REMARK = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
    /** Words that make a zone: the zone's name ends with one. */
    private static final Pattern ZONE_WORD = Pattern.compile(
            "开发区|高新区|实验区|试验区|新区|示范区|合作区|保税区|园区|度假区|风景名胜区|自贸区");
    /** A government after the divisions read, of a place the list does not have there (淮安市洪泽匹人民政府). */
    private static final Pattern UNKNOWN_DIVISION = Pattern.compile("(?!人民政府|政府|办事处)(.{1,8}?)(?:人民政府|政府|办事处).*");
    private static final Pattern GOVERNMENT = Pattern.compile("(?:人民)?政府");
    private static final Pattern TOWNSHIP_GOVERNMENT = Pattern.compile("(?:人民)?政府|(?:街道)?办事处");
    private static final Pattern GENERAL_OFFICE = Pattern.compile("(?:人民)?政府办(?:公厅|公室)?");
    /** Courts and procuratorates are no part of the government, though their names end like its departments. */
    private static final Pattern NOT_DEPARTMENT = Pattern.compile(".*(?:法院|检察院)");
    private static final Pattern DEPARTMENT = Pattern.compile(".*(?:局|厅|委员会|委|办公室|办|中心|署|站|所|队|处|院|会|社|馆)");

    private record Chain(List<Division> steps, int end) {
        Division last() {
            return steps.get(steps.size() - 1);
        }
    }

    /** A division whose name, full or short, starts the text at some position and is this long there. */
    private record Match(Division d, int length) {
    }

    private Resolver() {
    }

    static Identity resolve(String agency, Integer year) {
        if (agency == null || agency.isBlank()) {
            return new Identity(agency, year, AgencyKind.OTHER, null, null, null, null, null, null, null, "no agency");
        }
        String name = SPACE.matcher(REMARK.matcher(agency).replaceAll("")).replaceAll("");
        // a report for year Y carries the name in force when it is published, by the end of March of Y+1
        int from = year == null ? Integer.MIN_VALUE : year * 12;
        int to = year == null ? Integer.MAX_VALUE : (year + 1) * 12 + 2;
        return new Resolver.Run(agency, year, name, from, to).resolve();
    }

    /** One resolution: the name, the months it may be read in, and what was found so far. */
    private record Run(String agency, Integer year, String name, int from, int to) {

        private DivisionList list() {
            return DivisionList.get();
        }

        private String when() {
            return year == null ? "" : " in " + year;
        }

        Identity resolve() {
            for (DivisionList.Zone z : list().zones()) {
                int at = name.indexOf(z.name());
                if (at >= 0) {
                    return zone(z, at);
                }
            }
            List<Chain> chains = List.of();
            int start = 0;
            for (; start < name.length() - 1; start++) {
                if (insideAName(start)) {
                    continue;
                }
                chains = chains(start, null, List.of());
                if (!chains.isEmpty()) {
                    break;
                }
            }
            if (chains.isEmpty()) {
                return township();
            }
            int end = chains.stream().mapToInt(Chain::end).max().orElseThrow();
            Map<String, Chain> byCode = new LinkedHashMap<>();
            chains.stream().filter(c -> c.end() == end).forEach(c -> byCode.putIfAbsent(c.last().code(), c));
            if (byCode.size() > 1) {
                List<Division> ends = byCode.values().stream().map(Chain::last).toList();
                String fits = byCode.values().stream().map(c -> c.last().code() + " " + path(c.last()))
                        .collect(Collectors.joining(", "));
                Level level = ends.stream().map(Division::level).distinct().count() == 1 ? ends.get(0).level() : null;
                return new Identity(agency, year, kindOf(name.substring(end), false), level, null, null, null, null, null,
                        null, name.substring(start, end) + " fits " + byCode.size() + " divisions" + when() + ": " + fits);
            }
            Chain chain = byCode.values().iterator().next();
            Division last = chain.last();
            String rest = name.substring(chain.end());
            List<DivisionList.Township> towns = longest(rest, list().townshipsOf(last.code()));
            if (!towns.isEmpty()) {
                DivisionList.Township t = towns.get(0);
                return found(last, t, kindOf(rest.substring(t.name().length()), true), null);
            }
            List<Match> stray = divisionsAt(rest, 0, null);
            if (!stray.isEmpty()) {
                Division s = stray.get(0).d();
                return new Identity(agency, year, kindOf(rest, false), null, null, null, null, null, null, null,
                        s.name() + " (" + s.code() + ") is not inside " + last.name() + " (" + last.code() + ")" + when());
            }
            Matcher unknown = UNKNOWN_DIVISION.matcher(rest);
            if (unknown.matches()) {
                return new Identity(agency, year, kindOf(rest.substring(unknown.end(1)), false), null, null, null, null,
                        null, null, null, unknown.group(1) + " is no division inside " + last.name() + " (" + last.code()
                        + ") in the GB/T 2260 list" + when() + otherYears(unknown.group(1)));
            }
            Matcher zone = ZONE_WORD.matcher(rest);
            if (zone.find()) {
                return found(last, null, AgencyKind.ZONE, "the zone " + name.substring(start, chain.end() + zone.end())
                        + " has no code of its own: the code of " + last.name() + ", which its name names, is used");
            }
            return found(last, null, kindOf(rest, false), null);
        }

        /**
         * Whether a division name of any year runs across {@code pos} from before it: the tail of a name no
         * longer in force is no division of its own (理县 inside 会理县, 城区 inside 下城区).
         */
        private boolean insideAName(int pos) {
            for (int at = Math.max(0, pos - list().longestName() + 1); at < pos; at++) {
                for (int end = pos + 1; end <= Math.min(name.length(), at + list().longestName()); end++) {
                    if (!list().named(name.substring(at, end)).isEmpty()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A name that starts with no division: a township by itself, if only one has that name. */
        private Identity township() {
            String s = name;
            List<DivisionList.Township> towns = longest(s, null);
            if (towns.size() == 1) {
                DivisionList.Township t = towns.get(0);
                Division county = inForce(t.code().substring(0, 6));
                if (county != null) {
                    return found(county, t, kindOf(s.substring(t.name().length()), true), null);
                }
            }
            if (towns.size() > 1) {
                return new Identity(agency, year, kindOf(s.substring(towns.get(0).name().length()), true), Level.TOWNSHIP,
                        null, null, null, null, null, null, towns.get(0).name() + " fits " + towns.size() + " townships: "
                        + towns.stream().map(DivisionList.Township::code).collect(Collectors.joining(", ")));
            }
            return new Identity(agency, year, kindOfWhole(s), null, null, null, null, null, null, null,
                    "names no division of the GB/T 2260 list" + when() + otherYears(s));
        }

        private Identity zone(DivisionList.Zone z, int at) {
            Division host = inForce(z.hostCode());
            if (host == null) {
                return new Identity(agency, year, AgencyKind.ZONE, null, null, null, null, null, null, null, "the zone "
                        + z.name() + " sits on " + z.hostCode() + " " + z.hostName() + ", not in the list" + when());
            }
            // whatever the name says before the zone must be the host or hold it (福建省平潭综合实验区)
            List<Chain> before = at == 0 ? List.of() : chains(0, null, List.of());
            for (Chain c : before) {
                if (c.end() == at && !c.last().code().equals(host.code()) && !c.last().contains(host)) {
                    return new Identity(agency, year, AgencyKind.ZONE, null, null, null, null, null, null, null, "the zone "
                            + z.name() + " sits on " + host.code() + " " + host.name() + ", not inside " + c.last().name());
                }
            }
            return found(host, null, AgencyKind.ZONE, "the zone " + z.name() + " has no code of its own: it uses "
                    + host.code() + " " + host.name() + ", whose area it is (" + z.why() + ")");
        }

        /** Every reading of divisions from {@code pos}, each inside the one before, to where it can go no further. */
        private List<Chain> chains(int pos, Division parent, List<Division> sofar) {
            List<Chain> out = new ArrayList<>();
            for (Match m : divisionsAt(name, pos, parent)) {
                Division d = m.d();
                List<Division> steps = new ArrayList<>(sofar);
                steps.add(d);
                int end = pos + m.length();
                List<Chain> deeper = chains(end, d, steps);
                if (deeper.isEmpty()) {
                    out.add(new Chain(List.copyOf(steps), end));
                } else {
                    out.addAll(deeper);
                }
            }
            return out;
        }

        /**
         * The divisions in force whose names start {@code s} at {@code pos} (inside {@code parent} if given), full
         * names first, longer first; a short name only for a division not matched by its full name.
         */
        private List<Match> divisionsAt(String s, int pos, Division parent) {
            List<Match> out = new ArrayList<>();
            for (boolean full : new boolean[] {true, false}) {
                for (int len = Math.min(list().longestName(), s.length() - pos); len >= 2; len--) {
                    String w = s.substring(pos, pos + len);
                    for (Division d : full ? list().named(w) : list().shortNamed(w)) {
                        if (list().mayBeInForce(d, from, to) && (parent == null || parent.contains(d))
                                && out.stream().noneMatch(o -> o.d().code().equals(d.code()))) {
                            out.add(new Match(d, len));
                        }
                    }
                }
            }
            return out;
        }

        /**
         * The townships in force in the year (of {@code among}, or all) with the longest name that starts
         * {@code s}, one per code.
         */
        private List<DivisionList.Township> longest(String s, List<DivisionList.Township> among) {
            for (int len = Math.min(12, s.length()); len >= 2; len--) {
                String w = s.substring(0, len);
                Map<String, DivisionList.Township> hits = new LinkedHashMap<>();
                for (DivisionList.Township t : among == null ? list().townshipsNamed(w) : among) {
                    if (t.name().equals(w) && list().mayBeInForce(t, from, to)) {
                        hits.putIfAbsent(t.code(), t);
                    }
                }
                if (!hits.isEmpty()) {
                    return List.copyOf(hits.values());
                }
            }
            return List.of();
        }

        /** The divisions the name starts with in other years: a renamed or merged division, said as such. */
        private String otherYears(String s) {
            List<String> seen = new ArrayList<>();
            for (int len = Math.min(list().longestName(), s.length()); len >= 2 && seen.isEmpty(); len--) {
                for (Division d : list().named(s.substring(0, len))) {
                    seen.add(d.code() + " " + d.name() + " was in the lists of " + label(d.first()) + " to " + label(d.last()));
                }
            }
            return seen.isEmpty() ? "" : " (" + String.join("; ", seen) + ")";
        }

        /** The code's name in force in the year (the newest such), or null. */
        private Division inForce(String code) {
            return list().withCode(code).stream().filter(d -> list().mayBeInForce(d, from, to))
                    .max(Comparator.comparingInt(Division::last)).orElse(null);
        }

        private String path(Division d) {
            StringBuilder b = new StringBuilder();
            for (String code : parents(d.code())) {
                Division p = inForce(code);
                if (p != null) {
                    b.append(p.name());
                }
            }
            return b.append(d.name()).toString();
        }

        private Identity found(Division d, DivisionList.Township t, AgencyKind kind, String note) {
            Division province = d.level() == Level.PROVINCE ? d : inForce(d.code().substring(0, 2) + "0000");
            Division prefecture = switch (d.level()) {
                case PROVINCE -> null;
                case PREFECTURE -> d;
                default -> inForce(d.code().substring(0, 4) + "00");
            };
            Level level = t != null ? Level.TOWNSHIP : d.level();
            return new Identity(agency, year, kind, level, d.code(), province == null ? null : province.name(),
                    prefecture == null ? null : prefecture.name(), d.level() == Level.COUNTY ? d.name() : null,
                    t == null ? null : t.name(), t == null ? null : t.code(), note);
        }
    }

    /** A month count as {@code 201607}. */
    private static String label(int month) {
        return String.format(java.util.Locale.ROOT, "%04d%02d", month / 12, month % 12 + 1);
    }

    /** The codes of a code's province and prefecture (those above it). */
    private static List<String> parents(String code) {
        List<String> out = new ArrayList<>();
        if (!code.endsWith("0000")) {
            out.add(code.substring(0, 2) + "0000");
            if (!code.endsWith("00")) {
                out.add(code.substring(0, 4) + "00");
            }
        }
        return out;
    }

    private static final Pattern ENDS_GENERAL_OFFICE = Pattern.compile(".*(?:政府办公厅|政府办公室|政府办)|国务院办公厅");
    private static final Pattern ENDS_GOVERNMENT = Pattern.compile(".*(?:人民政府|街道办事处)");

    /** What a name in which no division was found says the agency is, from how it ends. */
    static AgencyKind kindOfWhole(String name) {
        if (ZONE_WORD.matcher(name).find()) {
            return AgencyKind.ZONE;
        }
        if (ENDS_GENERAL_OFFICE.matcher(name).matches()) {
            return AgencyKind.GENERAL_OFFICE;
        }
        if (ENDS_GOVERNMENT.matcher(name).matches()) {
            return AgencyKind.GOVERNMENT;
        }
        return kindOf(name, false);
    }

    /** What the words after the division's name say the agency is. */
    static AgencyKind kindOf(String rest, boolean township) {
        if (rest.isEmpty()) {
            return AgencyKind.OTHER;
        }
        if (ZONE_WORD.matcher(rest).find() && !rest.startsWith("人民政府")) {
            return AgencyKind.ZONE;
        }
        if ((township ? TOWNSHIP_GOVERNMENT : GOVERNMENT).matcher(rest).matches()) {
            return AgencyKind.GOVERNMENT;
        }
        if (GENERAL_OFFICE.matcher(rest).matches()) {
            return AgencyKind.GENERAL_OFFICE;
        }
        if (!NOT_DEPARTMENT.matcher(rest).matches() && DEPARTMENT.matcher(rest).matches()) {
            return AgencyKind.DEPARTMENT;
        }
        return AgencyKind.OTHER;
    }
}
