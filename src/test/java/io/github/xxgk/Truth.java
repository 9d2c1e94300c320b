package io.github.xxgk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.xxgk.validate.Finding;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Set<String> named = new HashSet<>();
        for (Finding f : r.failures()) {
            f.cells().forEach(k -> named.add(k.toString()));
        }
        Map<String, ReportCell> got = byKey(r);
        List<String> silent = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : cells.entrySet()) {
            ReportCell c = got.get(e.getKey());
            if (!same(e.getValue(), c) && !named.contains(e.getKey())) {
                silent.add(e.getKey() + "=" + (c == null ? "MISSING" : c.raw()) + " (truth " + e.getValue() + ")");
            }
        }
        for (String k : extra(r)) {
            if (!named.contains(k)) {
                silent.add(k + " invented");
            }
        }
        return silent;
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
