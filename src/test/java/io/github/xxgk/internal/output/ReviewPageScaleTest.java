package io.github.xxgk.internal.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.Report;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.TableId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page for 5,000 reports stays one compact file: each report is a list row and one line of values in its
 * layout's order, the layout is written once, and no grid is drawn until a report is opened. Also the hook for
 * low-confidence (OCR) cells: the flag a batch passes reaches the page's data.
 */
class ReviewPageScaleTest {

    private static final int REPORTS = 5_000;
    private static final CellKey GRANTED = new CellKey(TableId.T3, "granted", "total");

    @TempDir
    Path tmp;

    @Test
    void fiveThousandReportsMakeOneCompactPageWithNoGridDrawnUpFront() throws Exception {
        Report seed = Xxgk.extract(Path.of("samples/gd-2023-seed.txt"));
        try (ReviewPage page = ReviewPage.open(tmp, c -> c.key().equals(GRANTED))) {
            for (int i = 0; i < REPORTS; i++) {
                page.addReport("reports/" + i + ".txt", seed, List.of());
            }
            page.commit("test");
        }
        Path html = tmp.resolve(ReviewPage.FILE);
        long bytes = Files.size(html);
        // the seed's 200 cells are about 2 KB of long CSV per report; the page keeps a report under 1.5 KB
        assertTrue(bytes < REPORTS * 1_500L, bytes + " bytes for " + REPORTS + " reports");
        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(REPORTS, doc.select("#reports tbody tr").size());
        assertTrue(doc.select("table.grid").isEmpty());

        ObjectMapper json = new ObjectMapper();
        JsonNode layouts = json.readTree(doc.getElementById("xxgk-layouts").data());
        assertEquals(1, layouts.size(), "one format and shape: one layout");
        List<String> keys = new ArrayList<>();
        layouts.get(0).get("keys").forEach(k -> keys.add(k.asText()));
        int slot = keys.indexOf(GRANTED.toString());
        JsonNode data = json.readTree(doc.getElementById("xxgk-data").data());
        assertEquals(REPORTS, data.size());
        for (JsonNode d : data) {
            assertEquals(List.of(slot), List.of(d.get("lc").get(0).asInt()));
            assertEquals(seed.cell(TableId.T3, "granted", "total").orElseThrow().value().toPlainString(),
                    d.get("v").get(slot).asText());
        }
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(ReviewPage.FILE), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
