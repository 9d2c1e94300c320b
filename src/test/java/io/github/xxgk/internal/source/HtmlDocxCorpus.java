package io.github.xxgk.internal.source;

import io.github.xxgk.internal.source.model.Row;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Checks the rows a reader made from a corpus report against the report's truth.json, cell by cell. */
public final class HtmlDocxCorpus {

    public static final Path CORPUS = Path.of("fixtures", "corpus");

    static final List<String> T3_COLS = List.of("natural_person", "commercial_enterprise", "research_institution",
            "social_welfare_org", "legal_service_org", "other_org", "total");
    static final List<String> T4_COLS = List.of("upheld", "corrected", "other_result", "pending", "total");

    /** t3 rows whose label is unique in the table, with a piece of that label. */
    static final Map<String, String> T3_ROWS = Map.of(
            "new_received", "一、本年新收政府信息公开申请数量",
            "carried_over", "二、上年结转政府信息公开申请数量",
            "granted", "（一）予以公开",
            "unavailable_not_held", "1.本机关不掌握相关政府信息",
            "total_processed", "（七）总计",
            "carried_forward", "四、结转下年度继续办理");

    private HtmlDocxCorpus() {
    }

    /** The corpus reports that come in the given form (source.html, source.docx). */
    public static List<String> cases(String file) throws IOException {
        List<String> out = new ArrayList<>();
        try (var dirs = Files.list(CORPUS)) {
            dirs.filter(d -> Files.exists(d.resolve("truth.json")) && Files.exists(d.resolve(file))).map(d -> d.getFileName().toString()).sorted().forEach(out::add);
        }
        return out;
    }

    public static JsonNode truth(String id) throws IOException {
        return new ObjectMapper().readTree(CORPUS.resolve(id).resolve("truth.json").toFile());
    }

    public static Double truthValue(JsonNode truth, String table, String row, String col) {
        for (JsonNode c : truth.get("cells")) {
            if (c.get("table").asText().equals(table) && c.get("row").asText().equals(row) && c.get("col").asText().equals(col)) {
                return c.get("value").isNull() ? null : c.get("value").asDouble();
            }
        }
        fail("truth has no " + table + "." + row + "." + col);
        return null;
    }

    /** A printed value as a number, null when blank (the normalizer's job, done minimally here). */
    public static Double number(String text) {
        String s = text.replaceAll("[\\s\\u00a0]", "");
        if (s.isEmpty()) {
            return null;
        }
        return Double.valueOf(s.replaceAll("[^0-9.+\\-]", ""));
    }

    public static Row find(List<Row> rows, Predicate<Row> p, String what) {
        return rows.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no row " + what));
    }

    /**
     * The t3 table: every row 10 cells wide, 自然人 in column 3 and 总计 in column 9, and the values of the
     * rows with unique labels equal to the truth; the t4 value row's 15 cells equal to the truth.
     */
    public static void assertTables(String id, List<Row> rows) throws IOException {
        JsonNode truth = truth(id);
        Row header = find(rows, r -> r.tableRow() && r.cells().stream().anyMatch(c -> c.text().equals("自然人")), "with 自然人");
        assertEquals(10, header.cells().size(), id + ": t3 width");
        assertEquals("自然人", header.cells().get(3).text(), id);
        assertEquals("总计", header.cells().get(9).text(), id);
        int start = rows.indexOf(header);
        for (int i = start - 1; i < rows.size() && rows.get(i).tableRow(); i++) {
            assertEquals(10, rows.get(i).cells().size(), id + ": t3 row " + rows.get(i).text());
        }
        for (var e : T3_ROWS.entrySet()) {
            Row row = find(rows.subList(start, rows.size()),
                    r -> r.tableRow() && r.cells().stream().anyMatch(c -> c.text().startsWith(e.getValue())), e.getValue());
            for (int c = 0; c < 7; c++) {
                Double expected = truthValue(truth, "t3", e.getKey(), T3_COLS.get(c));
                assertEquals(expected, number(row.cells().get(3 + c).text()), id + ": t3." + e.getKey() + "." + T3_COLS.get(c));
                assertTrue(!row.cells().get(3 + c).continuation(), id + ": value cell is not a span");
            }
        }
        Row t4 = null;
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (r.tableRow() && r.cells().size() == 15 && r.cells().stream().allMatch(c -> c.text().matches("\\d+"))) {
                t4 = r;
                break;
            }
        }
        assertNotNull(t4, id + ": t4 value row");
        String[] t4rows = {"review", "litigation_direct", "litigation_after_review"};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(truthValue(truth, "t4", t4rows[r], T4_COLS.get(c)), number(t4.cells().get(r * 5 + c).text()),
                        id + ": t4." + t4rows[r] + "." + T4_COLS.get(c));
            }
        }
    }
}
