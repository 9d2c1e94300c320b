package io.github.xxgk;

import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.Report;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A corpus report's truth.json: every published cell, keyed "t3.granted.total". */
public record Truth(String agency, int year, String format, Map<String, BigDecimal> cells) {

    public static final Path CORPUS = Path.of("fixtures", "corpus");

    public static Truth load(String id) throws IOException {
        return load(CORPUS.resolve(id).resolve("truth.json"));
    }

    /** A truth.json anywhere (a fixture derived from a corpus report keeps its own). */
    public static Truth load(Path truthJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(truthJson.toFile());
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (JsonNode c : root.get("cells")) {
            String key = c.get("table").asText() + "." + c.get("row").asText() + "." + c.get("col").asText();
            cells.put(key, c.get("value").isNull() ? null : c.get("value").decimalValue());
        }
        return new Truth(root.get("agency").asText(), root.get("year").asInt(), root.get("format").asText(), cells);
    }

    /**
     * How many truth cells the report has right (same number, or both empty), less one for every cell the report
     * has that truth.json does not: an invented cell costs as much as a missed one, so that a test comparing
     * this with the number of truth cells fails on either.
     */
    public int right(Report r) {
        Map<String, ReportCell> got = byKey(r);
        int n = 0;
        for (Map.Entry<String, BigDecimal> e : cells.entrySet()) {
            if (same(e.getValue(), got.get(e.getKey()))) {
                n++;
            }
        }
        return n - extra(r).size();
    }

    /** The report's cells that truth.json does not have. */
    public List<String> extra(Report r) {
        return byKey(r).keySet().stream().filter(k -> !cells.containsKey(k)).toList();
    }

    /** The keys the report has wrong, lacks or invents, for a readable failure message. */
    public String wrong(Report r) {
        Map<String, ReportCell> got = byKey(r);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, BigDecimal> e : cells.entrySet()) {
            ReportCell c = got.get(e.getKey());
            if (!same(e.getValue(), c)) {
                sb.append(e.getKey()).append('=').append(c == null ? "MISSING" : c.value()).append(" (truth ")
                        .append(e.getValue()).append(") ");
            }
        }
        for (String k : extra(r)) {
            sb.append(k).append('=').append(got.get(k).value()).append(" (EXTRA: not in truth) ");
        }
        return sb.toString();
    }

    /**
     * The cells the report has wrong, lacks or invents that no failed finding names in its {@code cells}: the
     * silent errors (the project's bar is none).
     */
    public List<String> silent(Report r) {
        return silent(r, k -> true);
    }

    /**
     * The silent errors of a report among the truth keys that {@code keep} accepts: cells it has wrong, lacks or
     * invents that no failed finding names.
     */
    public List<String> silent(Report r, java.util.function.Predicate<String> keep) {
        java.util.Set<String> named = new java.util.HashSet<>();
        r.findings().stream().filter(f -> f.failed()).forEach(f -> f.cells().forEach(k -> named.add(k.toString())));
        Map<String, ReportCell> got = byKey(r);
        List<String> out = new java.util.ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : cells.entrySet()) {
            ReportCell c = got.get(e.getKey());
            if (keep.test(e.getKey()) && !same(e.getValue(), c) && !named.contains(e.getKey())) {
                out.add(e.getKey() + "=" + (c == null ? "MISSING" : c.value()) + " (truth " + e.getValue() + ")");
            }
        }
        for (String k : extra(r)) {
            if (keep.test(k) && !named.contains(k)) {
                out.add(k + "=" + got.get(k).value() + " (EXTRA)");
            }
        }
        return out;
    }

    /**
     * Asserts what a test of a whole report read by OCR asserts: the year and format right, at least {@code floor}
     * of the cells right, and every cell read wrong, missed or invented named by a failed check.
     */
    public void assertRead(Report r, double floor) {
        assertRead(r, floor, k -> true);
    }

    /** As {@link #assertRead(Report, double)}, silent errors counted among the keys {@code judged} accepts. */
    public void assertRead(Report r, double floor, java.util.function.Predicate<String> judged) {
        org.junit.jupiter.api.Assertions.assertEquals(year, r.year());
        org.junit.jupiter.api.Assertions.assertEquals(format, r.format().code());
        double share = (double) right(r) / cells.size();
        org.junit.jupiter.api.Assertions.assertTrue(share >= floor, r.source() + ": " + right(r) + "/" + cells.size() + " " + wrong(r));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), silent(r, judged), r.source() + ": silent errors");
    }

    private static boolean same(BigDecimal truth, ReportCell c) {
        return c != null && (truth == null ? c.value() == null : c.value() != null && c.value().compareTo(truth) == 0);
    }

    private static Map<String, ReportCell> byKey(Report r) {
        Map<String, ReportCell> got = new LinkedHashMap<>();
        r.cells().forEach(c -> got.put(c.key().toString(), c));
        return got;
    }
}
