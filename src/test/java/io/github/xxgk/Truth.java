package io.github.xxgk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A corpus report's truth.json: every published cell, keyed "t3.granted.total". */
public record Truth(String agency, int year, String format, Map<String, BigDecimal> cells) {

    public static final Path CORPUS = Path.of("fixtures", "corpus");

    public static Truth load(String id) throws IOException {
        JsonNode root = new ObjectMapper().readTree(CORPUS.resolve(id).resolve("truth.json").toFile());
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (JsonNode c : root.get("cells")) {
            String key = c.get("table").asText() + "." + c.get("row").asText() + "." + c.get("col").asText();
            cells.put(key, c.get("value").isNull() ? null : c.get("value").decimalValue());
        }
        return new Truth(root.get("agency").asText(), root.get("year").asInt(), root.get("format").asText(), cells);
    }

    /** How many truth cells the report has right (same number, or both empty). */
    public int right(Report r) {
        Map<String, ReportCell> got = new LinkedHashMap<>();
        r.cells().forEach(c -> got.put(c.key().toString(), c));
        int n = 0;
        for (Map.Entry<String, BigDecimal> e : cells.entrySet()) {
            ReportCell c = got.get(e.getKey());
            if (c == null) {
                continue;
            }
            if (e.getValue() == null ? c.value() == null : c.value() != null && c.value().compareTo(e.getValue()) == 0) {
                n++;
            }
        }
        return n;
    }

    /** The keys the report has wrong or lacks, for a readable failure message. */
    public String wrong(Report r) {
        Map<String, ReportCell> got = new LinkedHashMap<>();
        r.cells().forEach(c -> got.put(c.key().toString(), c));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, BigDecimal> e : cells.entrySet()) {
            ReportCell c = got.get(e.getKey());
            boolean ok = c != null && (e.getValue() == null ? c.value() == null
                    : c.value() != null && c.value().compareTo(e.getValue()) == 0);
            if (!ok) {
                sb.append(e.getKey()).append('=').append(c == null ? "MISSING" : c.value()).append(" (truth ")
                        .append(e.getValue()).append(") ");
            }
        }
        return sb.toString();
    }
}
